namespace EntityExtractor.Cli.Documents;

/// <summary>
/// One unit of input as it is handed to a worker: a JSON line still to be parsed (parsing is per-document work and
/// runs in parallel), or the text of a file read whole.
/// </summary>
internal readonly record struct InputDocument
{
    private InputDocument(string? jsonLine, DocumentId id, string? text, string? error = null)
    {
        JsonLine = jsonLine;
        Id = id;
        Text = text;
        Error = error;
    }

    /// <summary>The raw JSON line, or <see langword="null"/> for a file.</summary>
    public string? JsonLine { get; }

    /// <summary>The file's id; <see cref="DocumentId.None"/> for a JSON line until it is parsed.</summary>
    public DocumentId Id { get; }

    /// <summary>The file's text; <see langword="null"/> for a JSON line.</summary>
    public string? Text { get; }

    /// <summary>Why the file could not be read, or <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>A line of JSON Lines input.</summary>
    public static InputDocument FromJsonLine(string line) => new(line, DocumentId.None, null);

    /// <summary>A file read whole as one document.</summary>
    public static InputDocument FromFile(string path, string text) => new(null, DocumentId.FromPath(path), text);

    /// <summary>A file found but not readable (permissions, an I/O error): it still gets its error output.</summary>
    public static InputDocument Unreadable(string path, string error) => new(null, DocumentId.FromPath(path), null, error);
}
