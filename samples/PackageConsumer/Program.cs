// PackageConsumer: uses EntityExtractor the way a user's project does, from the NuGet packages (see nuget.config),
// and registers it in dependency injection. .ci/package-check builds and runs it against freshly packed packages and
// compares its output with the lines at the bottom of this file.
using EntityExtractor;
using Microsoft.Extensions.DependencyInjection;

using var services = new ServiceCollection()
    .AddNewsEntityExtractor(options => options.UserEntities["Lakeside Relief"] = EntityType.Organization)
    .BuildServiceProvider();
var extractor = services.GetRequiredService<NewsEntityExtractor>();

const string Article = "Gunmen attacked a clinic run by Lakeside Relief in Kano on Monday, killing three guards and wounding five patients, "
    + "police spokesman Musa Danjuma said. Danjuma said the attackers fled north.";
ExtractionResult result = extractor.Extract(Article);

foreach (NamedEntity name in result.People.Concat(result.Organizations).Concat(result.Places))
{
    Console.WriteLine($"{name.Type}: {name.Name} x{name.Count}");
}

Console.WriteLine($"killed {result.Summary.Killed}, wounded {result.Summary.Wounded}");
Console.WriteLine(ExtractionJson.Serialize(result).Length > 0 ? "json ok" : "json empty");

// Expected output:
//   Person: Musa Danjuma x2
//   Organization: Lakeside Relief x1
//   Location: Kano x1
//   killed 3, wounded 5
//   json ok
