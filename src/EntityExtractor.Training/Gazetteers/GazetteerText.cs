using System.Globalization;
using System.Text;

namespace EntityExtractor.Training.Gazetteers;

/// <summary>Normalisation of gazetteer names: whitespace clean-up and an ASCII spelling of transliterated names.</summary>
internal static class GazetteerText
{
    /// <summary>The longest name kept, in UTF-16 code units.</summary>
    public const int MaxNameLength = 80;

    /// <summary>
    /// Trims, collapses runs of white space to one space, and returns <see langword="null"/> for a name that is
    /// empty, too long, or holds a tab, line break or other control character (it would break the TSV).
    /// </summary>
    public static string? Clean(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var builder = new StringBuilder(name.Length);
        bool pendingSpace = false;
        foreach (char c in name.AsSpan().Trim())
        {
            if (c is '\t' or '\r' or '\n' || char.IsControl(c))
            {
                return null;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.Length is 0 or > MaxNameLength ? null : builder.ToString();
    }

    /// <summary>
    /// The plain-ASCII spelling news uses for a transliterated name: diacritics dropped ("Tikrīt" → "Tikrit",
    /// "Ḩadīthah" → "Hadithah"), ayn/hamza marks dropped at word edges and turned into an apostrophe inside a
    /// word ("‘Anah" → "Anah", "Sāmarrā’" → "Samarra", "Saint John’s" → "Saint John's"), and a few letters
    /// without a decomposition spelled out (ł → l, ø → o, ß → ss). Letters with no ASCII spelling are kept.
    /// Precomposed letters are folded with <see cref="LatinFolding"/>; separate combining marks are dropped.
    /// </summary>
    public static string FoldToAscii(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        for (int i = 0; i < name.Length; i++)
        {
            char c = LatinFolding.Fold(name[i]);
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '`' or '\u00B4' or '\'')
            {
                bool letterBefore = builder.Length > 0 && char.IsLetter(builder[^1]);
                bool letterAfter = NextBaseLetter(name, i + 1);
                if (letterBefore && letterAfter)
                {
                    builder.Append('\'');
                }

                continue;
            }

            switch (c)
            {
                case 'ı': builder.Append('i'); break;
                case 'ł': builder.Append('l'); break;
                case 'Ł': builder.Append('L'); break;
                case 'ø': builder.Append('o'); break;
                case 'Ø': builder.Append('O'); break;
                case 'đ': builder.Append('d'); break;
                case 'Đ': builder.Append('D'); break;
                case 'ð': builder.Append('d'); break;
                case 'Ð': builder.Append('D'); break;
                case 'ħ': builder.Append('h'); break;
                case 'Ħ': builder.Append('H'); break;
                case 'ß': builder.Append("ss"); break;
                case 'æ': builder.Append("ae"); break;
                case 'Æ': builder.Append("Ae"); break;
                case 'œ': builder.Append("oe"); break;
                case 'Œ': builder.Append("Oe"); break;
                case 'þ': builder.Append("th"); break;
                case 'Þ': builder.Append("Th"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    private static bool NextBaseLetter(string text, int index)
    {
        for (int i = index; i < text.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(text[i]) != UnicodeCategory.NonSpacingMark)
            {
                return char.IsLetter(text[i]);
            }
        }

        return false;
    }
}
