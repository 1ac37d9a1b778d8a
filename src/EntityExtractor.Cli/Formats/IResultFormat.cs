using System.Buffers;
using EntityExtractor.Cli.Documents;

namespace EntityExtractor.Cli.Formats;

/// <summary>
/// How the tool writes one document's result or error. Each document's output is written to its own buffer by the
/// worker that read it, then copied to the output in input order, so implementations must be safe to call from
/// several threads at once (they hold no per-document state).
/// </summary>
internal interface IResultFormat
{
    /// <summary>Written once before the first document (a CSV header); empty for formats without one.</summary>
    string Header { get; }

    /// <summary>Writes <paramref name="result"/> for the document <paramref name="id"/>.</summary>
    void WriteResult(IBufferWriter<byte> output, DocumentId id, ExtractionResult result);

    /// <summary>Writes that the document <paramref name="id"/> could not be read, and why.</summary>
    void WriteError(IBufferWriter<byte> output, DocumentId id, string message);
}
