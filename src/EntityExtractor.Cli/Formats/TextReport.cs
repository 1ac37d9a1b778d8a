using System.Globalization;

namespace EntityExtractor.Cli.Formats;

/// <summary>The CLI's plain-text mode: a readable report of what was found.</summary>
internal static class TextReport
{
    /// <summary>Writes a report of <paramref name="result"/> to <paramref name="output"/>.</summary>
    public static void Write(ExtractionResult result, TextWriter output, JsonLinesOptions options)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"{result.Text.Length:N0} characters, {result.Tokens.Count:N0} tokens, {result.Sentences.Count:N0} sentences"));
        output.WriteLine();

        output.WriteLine(string.Create(culture, $"Entities ({result.Entities.Count}):"));
        foreach (var entity in result.Entities)
        {
            output.WriteLine(string.Create(culture, $"  {entity.Type,-12} {Quote(entity.Text),-40} [{entity.Start}, {entity.End})  score {entity.Score:0.00}"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(culture, $"Casualty figures ({result.Casualties.Count}):"));
        foreach (var figure in result.Casualties)
        {
            string background = figure.IsBackground ? "  (background)" : string.Empty;
            output.WriteLine(string.Create(culture, $"  {figure.Kind,-10} {figure.Count,6} {figure.Qualifier,-13} {Quote(figure.Text)} [{figure.Start}, {figure.End}){background}"));
        }

        output.WriteLine();
        output.Write("Summary:");
        foreach (var (name, count) in ResultJsonWriter.SummaryCounts(result.Summary))
        {
            output.Write(string.Create(culture, $"  {name} {(count is { } value ? value.ToString(culture) : "-")}"));
        }

        output.WriteLine();

        if (options.IncludeSentences)
        {
            output.WriteLine();
            output.WriteLine("Sentences:");
            foreach (var sentence in result.Sentences)
            {
                output.WriteLine(string.Create(culture, $"  [{sentence.Start}, {sentence.End}) {Quote(result.Text[sentence.Start..sentence.End])}"));
            }
        }

        if (options.IncludeTokens)
        {
            output.WriteLine();
            output.WriteLine("Tokens:");
            foreach (var token in result.Tokens)
            {
                output.WriteLine(string.Create(culture, $"  [{token.Start}, {token.End}) {token.Kind,-12} {Quote(result.Text[token.Start..token.End])}"));
            }
        }
    }

    private static string Quote(string text)
    {
        string flat = TerminalText.Printable(text.Replace('\n', ' ').Replace('\r', ' '));
        return flat.Length > 80 ? $"\"{flat[..77]}...\"" : $"\"{flat}\"";
    }
}
