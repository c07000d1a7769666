import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignments } from '../../shared/domain/addressBook';
import { configFormat } from '../../shared/domain/config';
import type { ConfigFormatId } from '../../shared/domain/linkState';
import type { ResolvedRule } from '../../shared/domain/rules';
import { configOptions, useDeviceNames } from './deviceNames';
import { useConfigOutputs } from './outputs';
import { useFileTitle } from './useFileTitle';
import './config.css';

interface Props {
  rules: readonly ResolvedRule[];
  addresses: Assignments;
  format: ConfigFormatId;
  firewallFilter: readonly string[];
  /** The product named in each file's header (the dataset's English name). */
  product?: string | undefined;
}

/** The request sheet's firewall configuration on paper (after the notes): each file's text, small, in monospace, broken across pages. */
export default function PrintConfig({ rules, addresses, format, firewallFilter, product }: Props) {
  const { t } = useTranslation();
  const [names] = useDeviceNames();
  const options = useMemo(() => configOptions(names), [names]);
  const { outputs } = useConfigOutputs(rules, addresses, format, firewallFilter, options, product);
  const fileTitle = useFileTitle(format);
  return (
    <section className="sheet-config" aria-labelledby="sheet-config-title">
      <h2 id="sheet-config-title">{t('config.printHeading', { format: configFormat(format)?.label ?? format })}</h2>
      <p>{t('config.review.text')}</p>
      {outputs
        .filter((output) => output.ruleCount > 0)
        .flatMap((output) =>
          output.files.map((file) => (
            <div key={`${output.firewall}-${file.part}`} className="sheet-config-file">
              <h3>
                {t(`config.firewall.${output.firewall}`)} · {fileTitle(file.part)}
              </h3>
              <pre>{file.text}</pre>
            </div>
          )),
        )}
    </section>
  );
}
