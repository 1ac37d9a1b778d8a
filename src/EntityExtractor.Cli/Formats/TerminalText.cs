namespace EntityExtractor.Cli.Formats;

/// <summary>Makes document text safe to print on a terminal.</summary>
internal static class TerminalText
{
    /// <summary>
    /// <paramref name="text"/> with control characters other than line breaks and tabs shown as U+FFFD, so an
    /// article cannot send escape sequences to the reader's terminal.
    /// </summary>
    public static string Printable(string text)
    {
        int first = text.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        int del = text.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
        if (first < 0 && del < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (destination, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                destination[i] = char.IsControl(c) && c is not ('\n' or '\t') ? '\uFFFD' : c;
            }
        });
    }
}
