/** A host or core failure, told to the planner in their language with the host's own message beneath. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PaneStrings } from '../strings';
import type { PaneError, PaneErrorKind } from '../usePane';

const TITLE: Record<PaneErrorKind, keyof PaneStrings> = {
  read: 'errorRead',
  analyze: 'errorAnalyze',
  save: 'errorSave',
  select: 'errorSelect',
  write: 'errorWrite',
  noTabel31: 'noTabel31',
};

export interface ErrorBarProps {
  error: PaneError;
  strings: PaneStrings;
  onDismiss(): void;
}

export function ErrorBar({ error, strings, onDismiss }: ErrorBarProps) {
  const title = strings[TITLE[error.kind]] as string;
  const intent = error.kind === 'noTabel31' ? 'warning' : 'error';
  return (
    <MessageBar intent={intent} politeness="assertive" data-testid="error-bar" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {error.detail}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" onClick={onDismiss}>
            {strings.dismiss}
          </Button>
        }
      />
    </MessageBar>
  );
}
