/** Firewall configuration from the request sheet: build the model once, then generate any format per firewall. */
export { CONFIG_FORMATS, type ConfigFormat, type ConfigFormatId, configFormat } from './formats';
export {
  buildConfigModel,
  type ConfigModel,
  type ConfigOptions,
  type ConfigOutput,
  type ConfigWarning,
  type EndpointAddresses,
  FIREWALL_SIDES,
  type Opening,
} from './model';
export { DEFAULT_ASA_INTERFACES, DEFAULT_PANOS_ZONES } from './names';
