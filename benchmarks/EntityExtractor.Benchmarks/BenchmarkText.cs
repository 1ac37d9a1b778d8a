namespace EntityExtractor.Benchmarks;

/// <summary>
/// The text the benchmarks read: the file named by <c>EE_BENCH_TEXT</c> when set; otherwise
/// <c>../shared/bench/news.txt</c> beside the repository root when it exists; otherwise the news-style article
/// this project ships (written for it), repeated to about 100 KB.
/// </summary>
internal static class BenchmarkText
{
    public const string EnvironmentVariable = "EE_BENCH_TEXT";

    public static (string Name, string Text) Load()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return (Path.GetFileName(fromEnvironment), File.ReadAllText(fromEnvironment));
        }

        if (FindSharedNews() is { } shared)
        {
            return ("shared/bench/news.txt", File.ReadAllText(shared));
        }

        string article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "article.txt"));
        var builder = new System.Text.StringBuilder(110_000);
        while (builder.Length < 100_000)
        {
            builder.Append(article).Append("\n\n");
        }

        return ("bundled article x" + (builder.Length / (article.Length + 2)), builder.ToString());
    }

    /// <summary>Looks for <c>shared/bench/news.txt</c> beside the repository root, walking up from the working folder and the binaries.</summary>
    private static string? FindSharedNews()
    {
        foreach (string origin in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var folder = new DirectoryInfo(origin);
            while (folder is not null)
            {
                if (File.Exists(Path.Combine(folder.FullName, "EntityExtractor.sln")))
                {
                    string candidate = Path.Combine(folder.FullName, "..", "shared", "bench", "news.txt");
                    return File.Exists(candidate) ? Path.GetFullPath(candidate) : null;
                }

                folder = folder.Parent;
            }
        }

        return null;
    }
}
