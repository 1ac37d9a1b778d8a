// QuickStart: the smallest program that uses EntityExtractor. It reads article.txt (a news-style article written
// for this project) and prints the people, organizations and places it names and the casualty figures it reports.
using EntityExtractor;

var extractor = NewsEntityExtractor.Create();   // load once, share across threads
string article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "article.txt"));

ExtractionResult result = extractor.Extract(article);

Console.WriteLine($"{result.Tokens.Count} tokens in {result.Sentences.Count} sentences.");
foreach (var entity in result.Entities)
{
    Console.WriteLine($"{entity.Type,-12} {entity.Text,-34} [{entity.Start}, {entity.End})  {entity.Score:0.00}");
}

foreach (var figure in result.Casualties)
{
    Console.WriteLine($"{figure.Kind,-10} {figure.Count,4} ({figure.Qualifier})  \"{figure.Text}\"{(figure.IsBackground ? "  [background]" : "")}");
}

Console.WriteLine($"Summary: killed {result.Summary.Killed?.ToString() ?? "-"}, wounded {result.Summary.Wounded?.ToString() ?? "-"}");
