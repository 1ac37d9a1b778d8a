using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EntityExtractor.Cli;

/// <summary>
/// Reads a JSON string value exactly as written, lone surrogates included. JSON lets <c>"\ud800"</c> stand alone
/// and .NET strings can hold it, but <see cref="JsonElement.GetString"/> refuses it; a document that holds one is
/// still a document.
/// </summary>
internal static class JsonStringLiteral
{
    /// <summary>The string <paramref name="element"/> holds, which must be a JSON string.</summary>
    public static string Read(JsonElement element)
    {
        try
        {
            return element.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            // Only escaped lone surrogates get here: the parser has already checked every other escape.
            return Unescape(element.GetRawText());
        }
    }

    /// <summary>Decodes a raw JSON string literal (with its quotes) that the JSON parser has accepted.</summary>
    internal static string Unescape(string literal)
    {
        var raw = literal.AsSpan(1, literal.Length - 2);
        var text = new StringBuilder(raw.Length);
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            char escape = raw[++i];
            switch (escape)
            {
                case 'u':
                    text.Append((char)int.Parse(raw.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                default: text.Append(escape); break;
            }
        }

        return text.ToString();
    }
}
