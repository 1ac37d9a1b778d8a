using System.Globalization;
using EntityExtractor;

namespace BatchFolder;

/// <summary>
/// Writes the CSV: a header, then one row per entity or casualty figure of each article, in text order. Fields follow
/// RFC 4180: lines end in CRLF, and a field holding a comma, a double quote, CR or LF is put in double quotes, with
/// each double quote inside written twice.
/// </summary>
internal sealed class CsvWriter(TextWriter output)
{
    private static readonly string[] Header = ["file", "kind", "text", "start", "end", "score", "count", "qualifier", "victims", "background"];

    public void WriteHeader() => WriteLine(Header);

    /// <summary>The rows of one article: entities (kind Person, Organization or Location, with a score) and casualty
    /// figures (kind Killed, Wounded, …, with a count), merged in order of their start offset.</summary>
    public void WriteRows(string file, ExtractionResult result)
    {
        var rows = result.Entities.Select(entity => (entity.Start, Fields: EntityFields(file, entity)))
            .Concat(result.Casualties.Select(figure => (figure.Start, Fields: FigureFields(file, figure))))
            .OrderBy(row => row.Start);
        foreach (var row in rows)
        {
            WriteLine(row.Fields);
        }
    }

    private static string[] EntityFields(string file, Entity entity) =>
        [file, entity.Type.ToString(), entity.Text, Number(entity.Start), Number(entity.End), entity.Score.ToString("0.0000", CultureInfo.InvariantCulture), "", "", "", ""];

    private static string[] FigureFields(string file, CasualtyFigure figure) =>
        [file, figure.Kind.ToString(), figure.Text, Number(figure.Start), Number(figure.End), "", Number(figure.Count), figure.Qualifier.ToString(), figure.Victims ?? "", figure.IsBackground ? "true" : "false"];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private void WriteLine(string[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            output.Write(Quote(fields[i]));
        }

        output.Write("\r\n");
    }

    /// <summary>The field as RFC 4180 writes it: as it is, or in double quotes when it holds a comma, a quote, CR or LF.</summary>
    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
