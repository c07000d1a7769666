/** Maps a BCP 47 tag to a supported language: any Chinese tag to zh-TW, any English tag to en (the link decoder's rule). */
export { readLanguage as normalizeLanguage } from '../domain/urlState';
