namespace BatchFolder;

/// <summary>An article found below the input folder.</summary>
/// <param name="Name">Its path relative to the input folder, with <c>/</c> between folders (the CSV's <c>file</c> column).</param>
/// <param name="FullPath">Its full path, for reading.</param>
internal sealed record ArticleFile(string Name, string FullPath)
{
    /// <summary>Every <c>*.txt</c> file below <paramref name="folder"/>, in subfolders too, in ordinal order of <see cref="Name"/> so runs are repeatable.</summary>
    public static IReadOnlyList<ArticleFile> FindAll(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Select(path => new ArticleFile(Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'), path))
            .OrderBy(article => article.Name, StringComparer.Ordinal)];
}
