using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using EntityExtractor.Cli.Documents;

namespace EntityExtractor.Cli.Formats;

/// <summary>The JSON Lines contract: one object a document, <c>{"id", "tokens", "entities", "casualties", "summary"}</c>, or <c>{"id", "error"}</c>.</summary>
internal sealed class JsonLinesFormat(JsonLinesOptions options) : IResultFormat
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep non-ASCII text readable; still valid JSON (quotes and controls are escaped, a lone surrogate in
        // output text is written as U+FFFD).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <inheritdoc/>
    public string Header => string.Empty;

    /// <inheritdoc/>
    public void WriteResult(IBufferWriter<byte> output, DocumentId id, ExtractionResult result)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        ResultJsonWriter.Write(writer, id, result, options);
        writer.Flush();
        NewLine(output);
    }

    /// <inheritdoc/>
    public void WriteError(IBufferWriter<byte> output, DocumentId id, string message)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        ResultJsonWriter.WriteError(writer, id, message);
        writer.Flush();
        NewLine(output);
    }

    private static void NewLine(IBufferWriter<byte> output)
    {
        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
    }
}
