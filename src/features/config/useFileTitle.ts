import { useTranslation } from 'react-i18next';
import { configFormat } from '../../shared/domain/config';
import type { ConfigFormatId } from '../../shared/domain/linkState';

/** A file's title: the format's name, and for iptables which of its two files (IPv4 for iptables-restore, IPv6 for ip6tables-restore). */
export function useFileTitle(format: ConfigFormatId): (part: string) => string {
  const { t } = useTranslation();
  const label = configFormat(format)?.label ?? format;
  return (part) => (part === 'ipv4' || part === 'ipv6' ? t(`config.part.${part}`) : label);
}
