using System.Text.Json;
using EntityExtractor.Cli.Documents;

namespace EntityExtractor.Cli;

/// <summary>Writes one <see cref="ExtractionResult"/> as the CLI's JSON object.</summary>
internal static class ResultJsonWriter
{
    /// <summary>Writes <c>{"id":…, "tokens":n, "entities":[…], "casualties":[…], "summary":{…}}</c>.</summary>
    public static void Write(Utf8JsonWriter writer, DocumentId id, ExtractionResult result, JsonLinesOptions options)
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteNumber("tokens", result.Tokens.Count);

        // The library's source-generated metadata writes the result types, so the tool and a user's own code
        // write the same JSON for them.
        writer.WritePropertyName("entities");
        JsonSerializer.Serialize(writer, result.Entities, ExtractionJson.Entities);
        writer.WritePropertyName("casualties");
        JsonSerializer.Serialize(writer, result.Casualties, ExtractionJson.Casualties);
        writer.WritePropertyName("summary");
        JsonSerializer.Serialize(writer, result.Summary, ExtractionJson.Summary);
        if (options.IncludeTokens)
        {
            writer.WriteStartArray("tokenList");
            foreach (var token in result.Tokens)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", token.Start);
                writer.WriteNumber("end", token.End);
                writer.WriteString("kind", token.Kind.ToString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (options.IncludeSentences)
        {
            writer.WriteStartArray("sentences");
            foreach (var sentence in result.Sentences)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", sentence.Start);
                writer.WriteNumber("end", sentence.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{"id":…, "error":"…"}</c>.</summary>
    public static void WriteError(Utf8JsonWriter writer, DocumentId id, string message)
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteString("error", message);
        writer.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter writer, DocumentId id)
    {
        // The id exactly as the input wrote it: an escaped lone surrogate stays what it was, and a caller can match
        // results to documents byte for byte.
        writer.WritePropertyName("id");
        writer.WriteRawValue(id.Json);
    }

    /// <summary>The summary's kinds, in the order the report prints them.</summary>
    public static IEnumerable<(string Name, int? Count)> SummaryCounts(CasualtySummary summary) =>
    [
        ("killed", summary.Killed), ("wounded", summary.Wounded), ("missing", summary.Missing), ("kidnapped", summary.Kidnapped),
    ];
}
