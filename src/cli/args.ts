/** The command line's words, read into options. Wrong words are a LapkinError: one line, exit 2. */
import { LapkinError } from '../domain/errors';
import { parseDpaText, type DpaFigure, type Lang, type Period } from '../domain/settings';

export type Command = 'check' | 'report' | 'map' | 'help' | 'version';

export interface CliOptions {
  command: Command;
  file?: string;
  output?: string;
  mappingFile?: string;
  lang: Lang;
  json: boolean;
  year?: number;
  quarter?: Period['quarter'];
  /** The DPA's pagu figures given with --dpa. */
  dpa?: DpaFigure[];
}

const COMMANDS: Command[] = ['check', 'report', 'map', 'help', 'version'];
const VALUE_FLAGS = new Set(['--year', '--quarter', '--mapping', '--lang', '--dpa', '-o', '--output']);

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = { command: 'help', lang: 'id', json: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') opts.json = true;
    else if (arg === '-h' || arg === '--help') opts.command = 'help';
    else if (arg === '-v' || arg === '--version') opts.command = 'version';
    else if (VALUE_FLAGS.has(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) {
        throw new LapkinError({ id: `opsi ${arg} perlu nilai`, en: `option ${arg} needs a value` });
      }
      applyValue(opts, arg, value);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new LapkinError({ id: `opsi tidak dikenal: ${arg} (lihat lapkin --help)`, en: `unknown option: ${arg} (see lapkin --help)` });
    } else positional.push(arg);
  }
  if (opts.command === 'help' && positional.length > 0 && argv.every((a) => a !== '-h' && a !== '--help')) {
    const [cmd, ...rest] = positional;
    if (!COMMANDS.includes(cmd as Command)) {
      throw new LapkinError({ id: `perintah tidak dikenal: ${cmd} (check, report, map)`, en: `unknown command: ${cmd} (check, report, map)` });
    }
    opts.command = cmd as Command;
    if (rest.length > 1) {
      throw new LapkinError({ id: `terlalu banyak berkas: ${rest.join(' ')}`, en: `too many files: ${rest.join(' ')}` });
    }
    opts.file = rest[0];
  }
  if ((opts.command === 'check' || opts.command === 'report' || opts.command === 'map') && !opts.file) {
    // run() prefixes "lapkin: " to every error line; the message does not repeat it.
    throw new LapkinError({ id: `perintah ${opts.command} perlu nama berkas .xlsx`, en: `the ${opts.command} command needs an .xlsx file name` });
  }
  return opts;
}

function applyValue(opts: CliOptions, flag: string, value: string): void {
  switch (flag) {
    case '--year': {
      const year = Number(value);
      if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) {
        throw new LapkinError({ id: `--year harus tahun empat angka, bukan "${value}"`, en: `--year must be a four-digit year, not "${value}"` });
      }
      opts.year = year;
      return;
    }
    case '--quarter': {
      const q = quarterFrom(value);
      if (!q) throw new LapkinError({ id: `--quarter harus 1–4 (atau I–IV), bukan "${value}"`, en: `--quarter must be 1–4 (or I–IV), not "${value}"` });
      opts.quarter = q;
      return;
    }
    case '--lang':
      if (value !== 'id' && value !== 'en') {
        throw new LapkinError({ id: `--lang harus id atau en, bukan "${value}"`, en: `--lang must be id or en, not "${value}"` });
      }
      opts.lang = value;
      return;
    case '--mapping':
      opts.mappingFile = value;
      return;
    case '--dpa': {
      const parsed = parseDpaText(value);
      if ('error' in parsed) {
        throw new LapkinError({
          id: `--dpa: "${parsed.error}" tidak terbaca (contoh: 1.500.000.000 atau 4.01.02=838.526.327;4.01.01=661.473.673)`,
          en: `--dpa: cannot read "${parsed.error}" (e.g. 1.500.000.000 or 4.01.02=838.526.327;4.01.01=661.473.673)`,
        });
      }
      opts.dpa = [...(opts.dpa ?? []), ...parsed.figures];
      return;
    }
    default:
      opts.output = value;
  }
}

function quarterFrom(value: string): Period['quarter'] | undefined {
  const v = value.trim().toUpperCase().replace(/^TW\s*/, '');
  const map: Record<string, Period['quarter']> = { '1': 1, '2': 2, '3': 3, '4': 4, I: 1, II: 2, III: 3, IV: 4 };
  return map[v];
}

/** The language asked for, even when the rest of the words are wrong, so the error itself comes in it. */
export function langFromArgv(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  return i >= 0 && argv[i + 1] === 'en' ? 'en' : 'id';
}
