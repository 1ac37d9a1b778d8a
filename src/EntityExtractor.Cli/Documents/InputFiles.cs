using System.Text;

namespace EntityExtractor.Cli.Documents;

/// <summary>
/// Turns the command line's inputs into documents: standard input, files, and folders searched recursively. A
/// <c>.jsonl</c> file (or any input with <c>--input-format jsonl</c>) holds one document a line; any other file is
/// one document, named by its path.
/// </summary>
internal static class InputFiles
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StandardInput = "-";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The files the inputs name, in order: each file as given, each folder's files matching <paramref name="pattern"/>
    /// at any depth, sorted by path so runs are repeatable. No input at all means standard input.
    /// </summary>
    /// <exception cref="FileNotFoundException">An input is neither a file nor a folder.</exception>
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> inputs, string pattern)
    {
        if (inputs.Count == 0)
        {
            return [StandardInput];
        }

        var files = new List<string>();
        foreach (string input in inputs)
        {
            if (input == StandardInput || File.Exists(input))
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input, pattern, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive })
                    .Order(StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                throw new FileNotFoundException($"no such file or folder: '{input}'", input);
            }
        }

        return files;
    }

    /// <summary>The documents of <paramref name="files"/>, read lazily one file at a time.</summary>
    public static IEnumerable<InputDocument> Documents(IReadOnlyList<string> files, InputFormat format)
    {
        foreach (string file in files)
        {
            bool jsonLines = format == InputFormat.Jsonl
                || (format == InputFormat.Auto && file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase));
            if (file == StandardInput)
            {
                using var input = JsonLinesReader.Open((string?)null);
                foreach (var document in jsonLines ? JsonLines(input) : [InputDocument.FromFile(StandardInput, input.ReadToEnd())])
                {
                    yield return document;
                }
            }
            else if (jsonLines)
            {
                using var input = JsonLinesReader.Open(file);
                foreach (var document in JsonLines(input))
                {
                    yield return document;
                }
            }
            else
            {
                yield return ReadWhole(file);
            }
        }
    }

    /// <summary>Each line of <paramref name="input"/> as a document still to be parsed.</summary>
    public static IEnumerable<InputDocument> JsonLines(TextReader input)
    {
        var reader = new JsonLinesReader(input);
        while (reader.ReadLine() is { } line)
        {
            yield return InputDocument.FromJsonLine(line);
        }
    }

    private static InputDocument ReadWhole(string file)
    {
        try
        {
            return InputDocument.FromFile(file, File.ReadAllText(file, Utf8));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputDocument.Unreadable(file, $"cannot read the file: {e.Message}");
        }
    }
}

/// <summary>How input files are read.</summary>
internal enum InputFormat
{
    /// <summary><c>.jsonl</c> files as JSON Lines, everything else (standard input too) as one text.</summary>
    Auto,

    /// <summary>Every input is one text document.</summary>
    Text,

    /// <summary>Every input is JSON Lines.</summary>
    Jsonl,
}
