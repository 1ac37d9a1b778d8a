using System.Text.Json;

namespace EntityExtractor.Cli.Documents;

/// <summary>
/// Names a document in the output: the <c>"id"</c> of a JSON line exactly as written (so a caller can match results
/// byte for byte), or the path of a file. <see cref="Json"/> is the JSON value to echo, <see cref="Display"/> the
/// plain text for CSV and the text report.
/// </summary>
internal readonly record struct DocumentId(string Json, string Display)
{
    /// <summary>No id: a JSON line without one, or one that could not be read.</summary>
    public static DocumentId None { get; } = new("null", string.Empty);

    /// <summary>The id of a JSON line: a string, a number or null, echoed as written.</summary>
    public static DocumentId FromJson(JsonElement? id) => id switch
    {
        null => None,
        { ValueKind: JsonValueKind.String } value => new(value.GetRawText(), JsonStringLiteral.Read(value)),
        { } value => new(value.GetRawText(), value.GetRawText()),
    };

    /// <summary>The id of a file read whole: its path as given, or as found under a folder.</summary>
    public static DocumentId FromPath(string path) =>
        new(JsonSerializer.Serialize(path, CliJsonContext.Default.String), path);
}
