import { useTranslation } from 'react-i18next';
import type { DatasetProblem } from '../domain/validate';
import './problems.css';

/** Lists dataset problems as "path: reason"; every value is rendered as text, never as HTML. */
export function ProblemList({ problems }: { problems: DatasetProblem[] }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('problem.count', { count: problems.length })}</p>
      <ul className="problems">
        {problems.map((problem, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list
          <li key={i}>
            <code>{problem.path}</code>{' '}
            {t(`problem.code.${problem.code}`, { expected: problem.expected ?? '', received: problem.received ?? '' })}
          </li>
        ))}
      </ul>
    </>
  );
}

export default ProblemList;
