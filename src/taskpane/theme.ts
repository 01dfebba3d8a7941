/** Office's theme → the Fluent theme the pane renders with, so the pane matches Excel's light or dark look. */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of Office.context.officeTheme the pane uses; declared here so components never see office-js types. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/** "#RRGGBB" or "#RGB" → relative luminance 0..1, undefined when not a hex colour. */
export function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const digits = m[1].length === 3 ? m[1].replace(/./g, (d) => d + d) : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255);
  // Rec. 709 weights; good enough to tell Office's Dark Gray and Black themes from White and Colorful.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDarkOfficeTheme(theme: OfficeThemeColors | undefined): boolean {
  if (!theme) return false;
  // Outlook lacks isDarkTheme; Excel has it, but older builds report only colours.
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const l = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : undefined;
  return l !== undefined && l < 0.5;
}

export function paneTheme(theme: OfficeThemeColors | undefined): Theme {
  return isDarkOfficeTheme(theme) ? webDarkTheme : webLightTheme;
}
