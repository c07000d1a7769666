/**
 * The link parameters of the firewall configuration and flow check pages, read and written for
 * the URL codec (urlState.ts): `format=` and `flow=`.
 */
import { CONFIG_FORMAT_IDS, type LinkState } from './linkState';

export const TOOL_PARAMS = ['format', 'flow'] as const;

type Reader = (state: LinkState, value: string, ignore: (value: string) => void) => void;

export const TOOL_READERS: Record<string, Reader> = {
  format: (state, value, ignore) => {
    const format = CONFIG_FORMAT_IDS.find((f) => f === value.toLowerCase());
    if (format) state.format = format;
    else ignore(value);
  },
  // flow=tcp*192.0.2.1*198.51.100.10*5269[*51000]: its shape here; the check page reads it in full (flow/url.ts).
  flow: (state, value, ignore) => {
    const flow = value.toLowerCase();
    if (/^(tcp|udp)(\*[\da-f.:]{2,45}){2}(\*\d{1,5}){1,2}$/.test(flow)) state.flow = flow;
    else ignore(value);
  },
};

/** [name, value] of each one the state sets, in link order. */
export const toolParams = (state: LinkState): [string, string][] =>
  TOOL_PARAMS.flatMap((name) => (state[name] ? [[name, state[name]] as [string, string]] : []));
