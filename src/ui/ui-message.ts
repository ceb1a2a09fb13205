/**
 * Words decided away from the screen (a download's label, why a file could
 * not be made) as a message key and its values; the component that shows
 * them words them in the interface language.
 */
import type { MessageKey, MessageValues } from '../i18n/translate.ts';

export interface UiMessage {
  key: MessageKey;
  values?: MessageValues;
}

/** An error the interface can word: its `message` is only the key, for logs. */
export class MessageError extends Error {
  readonly key: MessageKey;
  readonly values: MessageValues | undefined;

  constructor(key: MessageKey, values?: MessageValues) {
    super(key);
    this.name = 'MessageError';
    this.key = key;
    this.values = values;
  }
}
