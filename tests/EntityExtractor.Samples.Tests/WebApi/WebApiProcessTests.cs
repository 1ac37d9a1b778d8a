using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Samples.Tests.WebApi;

/// <summary>
/// The sample run as its own process, as `dotnet run` runs it: with its own runtime settings (JSON by reflection
/// turned off, so a type without source-generated metadata fails the request) and its own choice of address.
/// </summary>
public sealed class WebApiProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Run_OwnProcess_ListensOnLoopbackOnlyAndAnswersWithoutReflection()
    {
        using var app = SampleProcess.Start("WebApi", "--port", "0", "--contentRoot", SampleFolder("WebApi"));

        string address = await app.WaitForOutputAsync("Now listening on: ", Timeout);

        address.Should().MatchRegex(@"^http://127\.0\.0\.1:[1-9][0-9]*$");
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = Timeout };
        using var response = await client.PostAsJsonAsync("/extract", new ExtractRequestBody(InventedArticles.Marwick), ApiJson.Default.ExtractRequestBody);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync(ApiJson.Default.ExtractResponse))!.Summary.Should().Be(new SummaryJson(6, 14, 2, null));
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        app.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task Run_PortNotANumber_SaysSoAndExitsWith2()
    {
        using var app = SampleProcess.Start("WebApi", "--port", "eighty");

        int exitCode = await app.WaitForExitAsync(Timeout);

        exitCode.Should().Be(2);
        app.Error.Should().Equal("WebApi: --port must be a whole number from 0 to 65535, not 'eighty'.");
    }

    /// <summary>The sample's project folder (its content root, which holds wwwroot), found from the test's output folder.</summary>
    private static string SampleFolder(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EntityExtractor.sln")))
            {
                return Path.Combine(folder.FullName, "samples", name);
            }
        }

        throw new DirectoryNotFoundException($"No EntityExtractor.sln above {AppContext.BaseDirectory}.");
    }
}
