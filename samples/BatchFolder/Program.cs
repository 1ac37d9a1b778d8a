// BatchFolder: reads every *.txt file below a folder (articles written in English) on all cores with ExtractMany and
// writes one CSV row per person, organization, place or casualty figure found, in text order, file by file.
//
//   dotnet run --project samples/BatchFolder -- <input-folder> <output.csv>
//
// Exit codes: 0 done, 2 wrong arguments, 3 the input folder or a file in it cannot be read, 4 the CSV cannot be written.
// Expected output for the example in README.md:
//   2 files read: 5 entities (2 people, 1 organization, 2 places) and 3 casualty figures written to out.csv.
using System.Text;
using BatchFolder;
using EntityExtractor;

if (args.Length != 2)
{
    Console.Error.WriteLine("Usage: BatchFolder <input-folder> <output.csv>");
    Console.Error.WriteLine("Reads every *.txt file below <input-folder> and writes one CSV row per entity or casualty figure.");
    return 2;
}

string inputFolder = args[0];
string outputFile = args[1];
if (!Directory.Exists(inputFolder))
{
    Console.Error.WriteLine($"BatchFolder: the input folder '{inputFolder}' does not exist or is not a folder.");
    return 3;
}

IReadOnlyList<ArticleFile> articles;
try
{
    articles = ArticleFile.FindAll(inputFolder);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"BatchFolder: the input folder '{inputFolder}' cannot be listed: {e.Message}");
    return 3;
}

var extractor = NewsEntityExtractor.Create();
var totals = new RunTotals();
StreamWriter output;
try
{
    output = new StreamWriter(outputFile, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"BatchFolder: cannot write '{outputFile}': {e.Message}");
    return 4;
}

using (output)
{
    var csv = new CsvWriter(output);
    csv.WriteHeader();
    try
    {
        // ExtractMany reads the files lazily, as its workers need them, and yields the results in file order.
        var results = extractor.ExtractMany(articles.Select(article => File.ReadAllText(article.FullPath)));
        foreach (var (article, result) in articles.Zip(results))
        {
            csv.WriteRows(article.Name, result);
            totals.Add(result);
        }
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"BatchFolder: stopped, a file could not be read: {e.Message}");
        return 3;
    }
}

Console.WriteLine($"{totals.Describe(articles.Count)} written to {outputFile}.");
return 0;
