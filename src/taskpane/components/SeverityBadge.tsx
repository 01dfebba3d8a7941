/** A finding's severity as a coloured badge with its name, so colour is never the only signal. */
import { Badge } from '@fluentui/react-components';
import type { Severity } from '../../domain/findings';
import type { Lang } from '../../domain/settings';
import { SEVERITY_LABELS } from '../labels';

const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export function SeverityBadge({ severity, lang, count }: { severity: Severity; lang: Lang; count?: number }) {
  const label = SEVERITY_LABELS[lang][severity];
  return (
    <Badge appearance="tint" color={COLOR[severity]} shape="rounded" size="small">
      {count === undefined ? label : `${label}: ${count}`}
    </Badge>
  );
}
