/** An error meant for the planner: one line, in Bahasa Indonesia and English. Faces print `messageIn(lang)`, never a stack. */
import type { Lang } from './settings';

export interface Bilingual {
  id: string;
  en: string;
}

export class LapkinError extends Error {
  readonly en: string;
  constructor(message: Bilingual) {
    super(message.id);
    this.name = 'LapkinError';
    this.en = message.en;
  }
  messageIn(lang: Lang): string {
    return lang === 'en' ? this.en : this.message;
  }
}

/** The one line to show for any thrown value: a LapkinError in the chosen language, else the error's own message. */
export function oneLine(e: unknown, lang: Lang): string {
  if (e instanceof LapkinError) return e.messageIn(lang);
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0];
}
