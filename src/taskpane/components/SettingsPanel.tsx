/** Polarity formula, category bands, tolerance, DPA figures and language; each change is applied and saved in the workbook. */
import { useState } from 'react';
import { Caption1, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { parseDpaText, type DpaFigure, type Lang, type NegativePolarityFormula, type Settings } from '../../domain/settings';
import { formatDecimalInput, formatDpaText, parseDecimalInput, withBandMin } from '../settings-edit';
import { LANGUAGE_NAMES, type PaneStrings } from '../strings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bands: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, border: 'none' },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS, padding: 0 },
});

export interface SettingsPanelProps {
  settings: Settings;
  strings: PaneStrings;
  saved: boolean;
  onChange(patch: Partial<Settings>): void;
}

/** A decimal field that commits on blur or Enter, accepting "0,01" as well as "0.01". */
function DecimalField(props: { label: string; hint?: string; value: number; lang: Lang; invalid: string; testId: string; onCommit(n: number): void }) {
  const { label, hint, value, lang, invalid, testId, onCommit } = props;
  const [text, setText] = useState(formatDecimalInput(value, lang));
  const parsed = parseDecimalInput(text);
  const commit = () => {
    if (parsed !== undefined && parsed !== value) onCommit(parsed);
  };
  return (
    <Field label={label} hint={hint} validationMessage={parsed === undefined ? invalid : undefined}>
      <Input
        data-testid={testId}
        inputMode="decimal"
        value={text}
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}

/** The DPA's pagu figures on one line, committed on blur or Enter when every entry reads. */
function DpaField(props: { value: DpaFigure[] | undefined; strings: PaneStrings; onCommit(figures: DpaFigure[]): void }) {
  const { value, strings, onCommit } = props;
  const [text, setText] = useState(formatDpaText(value));
  const parsed = parseDpaText(text);
  const commit = () => {
    if ('figures' in parsed && formatDpaText(parsed.figures) !== formatDpaText(value)) onCommit(parsed.figures);
  };
  return (
    <Field label={strings.dpaLabel} hint={strings.dpaHint} validationMessage={'error' in parsed ? strings.invalidDpa(parsed.error) : undefined}>
      <Input
        data-testid="setting-dpa"
        value={text}
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}

export function SettingsPanel({ settings, strings, saved, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  const lang = settings.lang;
  return (
    <section className={styles.panel} aria-label={strings.tabSettings}>
      <Field label={strings.languageLabel}>
        <Select data-testid="setting-lang" value={lang} onChange={(_, d) => onChange({ lang: d.value as Lang })}>
          {(Object.keys(LANGUAGE_NAMES) as Lang[]).map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.formulaLabel}>
        <Select
          data-testid="setting-formula"
          value={settings.negativeFormula}
          onChange={(_, d) => onChange({ negativeFormula: d.value as NegativePolarityFormula })}
        >
          <option value="2T-R">{strings.formula2TR}</option>
          <option value="T/R">{strings.formulaTR}</option>
        </Select>
      </Field>
      <fieldset className={styles.bands}>
        <legend className={styles.legend}>{strings.bandsLabel}</legend>
        {settings.categoryBands.map((b, i) =>
          // The lowest band has no lower bound (-Infinity): nothing to edit.
          Number.isFinite(b.min) ? (
            <DecimalField
              key={`${lang}-${b.label}`}
              label={strings.bandMin(b.label)}
              value={b.min}
              lang={lang}
              invalid={strings.invalidNumber}
              testId="setting-band"
              onCommit={(min) => onChange({ categoryBands: withBandMin(settings.categoryBands, i, min) })}
            />
          ) : null,
        )}
      </fieldset>
      <DecimalField
        key={`tolerance-${lang}`}
        label={strings.toleranceLabel}
        hint={strings.toleranceHint}
        value={settings.percentTolerance}
        lang={lang}
        invalid={strings.invalidNumber}
        testId="setting-tolerance"
        onCommit={(percentTolerance) => onChange({ percentTolerance })}
      />
      <DpaField key={`dpa-${lang}`} value={settings.dpa} strings={strings} onCommit={(dpa) => onChange({ dpa })} />
      {saved && (
        <Caption1 role="status" data-testid="settings-saved">
          {strings.settingsSaved}
        </Caption1>
      )}
    </section>
  );
}
