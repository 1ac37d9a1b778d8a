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

// Who is named, each person once with every mention ("al-Sudani" later is the same man).
Console.WriteLine("People: " + string.Join(", ", result.People.Select(p => $"{p.Name} ({p.Count})")));

// The whole result as JSON, written with source-generated metadata (no reflection: works in a native AOT build).
string json = ExtractionJson.Serialize(result);
Console.WriteLine($"JSON: {json.Length} characters, {result.Places.Count} distinct places.");

// Expected output (scores can move by a few hundredths when the model is retrained; .ci/aot-check compares the native
// build with this program run by `dotnet run`):
//   320 tokens in 15 sentences.
//   Location     Baghdad                            [27, 34)  0.98
//   Location     Iraq                               [38, 42)  0.99
//   Location     BAGHDAD                            [67, 74)  0.98
//   Location     Baghdad                            [210, 217)  0.94
//   Location     Palestine Street                   [220, 236)  0.94
//   Organization Kataib Sayyid al-Shuhada           [325, 349)  0.91
//   Organization Hashed al-Shaabi                   [392, 408)  0.83
//   Person       Ali Hussein                        [631, 642)  0.98
//   Person       Mohammed Shia al-Sudani            [749, 772)  0.62
//   Person       Al-Sudani                          [880, 889)  0.59
//   Person       Abdul Amir al-Shammari             [912, 934)  0.87
//   Organization Baghdad Operations Command         [956, 982)  0.99
//   Location     U.S.                               [1069, 1073)  0.98
//   Location     Washington                         [1086, 1096)  0.96
//   Location     Iraq                               [1224, 1228)  1.00
//   Location     Syria                              [1233, 1238)  0.94
//   Person       Hadi al-Ameri                      [1353, 1366)  0.92
//   Organization Badr Organization                  [1382, 1399)  0.99
//   Organization Hashed                             [1410, 1416)  0.93
//   Person       Qais al-Khazali                    [1462, 1477)  0.91
//   Organization Asaib Ahl al-Haq                   [1481, 1497)  0.69
//   Organization Health Ministry                    [1549, 1564)  0.85
//   Location     Anbar                              [1706, 1711)  0.99
//   Killed        4 (Exact)  "kills four"
//   Killed        4 (AtLeast)  "At least four members of a pro-Iran faction were killed"
//   Wounded       7 (Exact)  "seven others were wounded"
//   Killed        5 (Exact)  "death toll to five"
//   Killed        1 (Exact)  "one of the wounded had died"
//   Killed        2 (Exact)  "killed two fighters"  [background]
//   Summary: killed 5, wounded 6
//   People: Ali Hussein (1), Mohammed Shia al-Sudani (2), Abdul Amir al-Shammari (1), Hadi al-Ameri (1), Qais al-Khazali (1)
//   JSON: 7854 characters, 7 distinct places.
