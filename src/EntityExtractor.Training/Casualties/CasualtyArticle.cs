using System.Globalization;
using System.Text.Json;

namespace EntityExtractor.Training.Casualties;

/// <summary>One coded article of a casualties JSONL file: its text, the coded killed and wounded counts and, when given, its publication date.</summary>
internal sealed record CasualtyArticle(string Id, string Text, int Killed, int Wounded, DateOnly? Date, string File)
{
    /// <summary>Reads every non-blank line of <paramref name="path"/> (fields id, text, killed, wounded, optional article_date yyyy-MM-dd).</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">A line lacks a field or has a bad date.</exception>
    public static List<CasualtyArticle> ReadAll(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException($"No data file at {path}.", path);
        }

        var articles = new List<CasualtyArticle>();
        int lineNumber = 0;
        foreach (string line in System.IO.File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                JsonElement root = doc.RootElement;
                string id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : lineNumber.ToString(CultureInfo.InvariantCulture);
                DateOnly? date = root.TryGetProperty("article_date", out var dateElement)
                    ? DateOnly.ParseExact(dateElement.GetString() ?? string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : null;
                articles.Add(new CasualtyArticle(
                    id,
                    root.GetProperty("text").GetString() ?? string.Empty,
                    root.GetProperty("killed").GetInt32(),
                    root.GetProperty("wounded").GetInt32(),
                    date,
                    path));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{path}: line {lineNumber} is not a JSON object with text, killed and wounded (and article_date as yyyy-MM-dd): {e.Message}", e);
            }
        }

        return articles;
    }

    /// <summary>The articles of every comma-separated path in <paramref name="paths"/>, file after file.</summary>
    public static List<CasualtyArticle> ReadAll(IEnumerable<string> paths) => paths.SelectMany(ReadAll).ToList();
}
