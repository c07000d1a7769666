import { useTranslation } from 'react-i18next';
import { displayValue } from '../shared/domain/text';
import type { DatasetProblem } from '../shared/domain/validate';
import { ProblemList } from '../shared/ui/ProblemList';

interface Props {
  /** The file's name or URL (untrusted text: shown cleaned and cut). */
  file: string;
  problems: DatasetProblem[];
  onRetry: () => void;
  /** The user's own file: the button goes back to the built-in dataset rather than retrying. */
  ownFile?: boolean;
}

/** A dataset that could not be used: each problem with its path and reason. Lazily loaded: only a failure needs it. */
export default function DatasetError({ file, problems, onRetry, ownFile }: Props) {
  const { t } = useTranslation();
  return (
    <section className="error-panel" role="alert">
      <h2>{t('error.title')}</h2>
      <p>{t('error.file', { file: displayValue(file, 120) })}</p>
      <ProblemList problems={problems} />
      <button type="button" onClick={onRetry}>
        {ownFile ? t('datasetFile.reset') : t('error.retry')}
      </button>
    </section>
  );
}
