using System.Text.Json;

namespace EntityExtractor.Cli;

/// <summary>Writes one <see cref="ExtractionResult"/> as the CLI's JSON object.</summary>
internal static class ResultJsonWriter
{
    /// <summary>Writes <c>{"id":…, "tokens":n, "entities":[…], "casualties":[…], "summary":{…}}</c>.</summary>
    public static void Write(Utf8JsonWriter writer, JsonElement? id, ExtractionResult result, JsonLinesOptions options)
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteNumber("tokens", result.Tokens.Count);

        writer.WriteStartArray("entities");
        foreach (var entity in result.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString("type", entity.Type.ToString());
            writer.WriteNumber("start", entity.Start);
            writer.WriteNumber("end", entity.End);
            writer.WriteString("text", entity.Text);
            writer.WriteNumber("score", Math.Round(entity.Score, 4));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("casualties");
        foreach (var figure in result.Casualties)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", figure.Kind.ToString());
            writer.WriteNumber("count", figure.Count);
            writer.WriteString("qualifier", figure.Qualifier.ToString());
            writer.WriteNumber("start", figure.Start);
            writer.WriteNumber("end", figure.End);
            writer.WriteString("text", figure.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartObject("summary");
        WriteCount(writer, "killed", result.Summary.Killed);
        WriteCount(writer, "wounded", result.Summary.Wounded);
        writer.WriteBoolean("severalIncidents", result.Summary.SeveralIncidents);
        writer.WriteEndObject();

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
    public static void WriteError(Utf8JsonWriter writer, JsonElement? id, string message)
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteString("error", message);
        writer.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        writer.WritePropertyName("id");
        if (id is { } value)
        {
            // The id exactly as the input wrote it: an escaped lone surrogate stays what it was, and a caller can
            // match results to documents byte for byte.
            writer.WriteRawValue(value.GetRawText());
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteCount(Utf8JsonWriter writer, string name, int? count)
    {
        if (count is { } value)
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>The summary's kinds, in the order the report prints them.</summary>
    public static IEnumerable<(string Name, int? Count)> SummaryCounts(CasualtySummary summary) =>
    [
        ("killed", summary.Killed), ("wounded", summary.Wounded), ("missing", summary.Missing), ("kidnapped", summary.Kidnapped),
    ];
}
