using System.Buffers;
using System.Globalization;
using System.Text;
using EntityExtractor.Cli.Documents;

namespace EntityExtractor.Cli.Formats;

/// <summary>
/// CSV (RFC 4180, UTF-8, <c>\n</c> line ends): one row per entity or casualty figure,
/// <c>id,type,text,start,end,count,qualifier,score</c>. <c>type</c> is the entity type (Person, Organization,
/// Location) or the casualty kind (Killed, Wounded, …); a document that could not be read gives one row of type
/// <c>error</c> with the reason in <c>text</c>. Fields holding a comma, a quote or a line break are quoted.
/// </summary>
internal sealed class CsvFormat : IResultFormat
{
    /// <inheritdoc/>
    public string Header => "id,type,text,start,end,count,qualifier,score\n";

    /// <inheritdoc/>
    public void WriteResult(IBufferWriter<byte> output, DocumentId id, ExtractionResult result)
    {
        var rows = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        foreach (var entity in result.Entities)
        {
            Row(rows, id, entity.Type.ToString(), entity.Text, entity.Start, entity.End, string.Empty, string.Empty, entity.Score.ToString("0.####", culture));
        }

        foreach (var figure in result.Casualties)
        {
            Row(rows, id, figure.Kind.ToString(), figure.Text, figure.Start, figure.End, figure.Count.ToString(culture), figure.Qualifier.ToString(), string.Empty);
        }

        Encode(output, rows);
    }

    /// <inheritdoc/>
    public void WriteError(IBufferWriter<byte> output, DocumentId id, string message)
    {
        var row = new StringBuilder();
        Field(row, id.Display).Append(",error,");
        Field(row, message).Append(",,,,,\n");
        Encode(output, row);
    }

    private static void Row(StringBuilder rows, DocumentId id, string type, string text, int start, int end, string count, string qualifier, string score)
    {
        Field(rows, id.Display).Append(',').Append(type).Append(',');
        Field(rows, text).Append(',');
        rows.Append(start.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(end.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(count).Append(',').Append(qualifier).Append(',').Append(score).Append('\n');
    }

    /// <summary>Appends <paramref name="value"/>, quoted (with quotes doubled) when it holds a comma, a quote or a line break.</summary>
    private static StringBuilder Field(StringBuilder row, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return row.Append(value);
        }

        return row.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    // Whole, not chunk by chunk: a surrogate pair split between two chunks would become two U+FFFD.
    private static void Encode(IBufferWriter<byte> output, StringBuilder text) => Encoding.UTF8.GetBytes(text.ToString(), output);
}
