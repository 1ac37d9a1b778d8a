using System.Net;
using System.Net.Http.Json;
using System.Text;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace EntityExtractor.Samples.Tests.WebApi;

/// <summary>The sample's API over HTTP, on the in-memory test server.</summary>
public sealed class ExtractEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Shape = "Send a JSON object with a string \"text\": {\"text\": \"At least four people were killed in Kano.\"}.";

    [Fact]
    public async Task PostExtract_InventedArticle_ReturnsItsEntitiesFiguresAndSummary()
    {
        using var client = CreateClient(factory);

        using var response = await client.PostAsJsonAsync("/extract", new ExtractRequestBody(InventedArticles.Marwick), ApiJson.Default.ExtractRequestBody);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var result = await response.Content.ReadFromJsonAsync(ApiJson.Default.ExtractResponse);
        result!.Text.Should().Be(InventedArticles.Marwick);
        result.Entities.Should().Equal(
            new EntityJson("Location", 30, 37, "Marwick", 0.7318),
            new EntityJson("Person", 103, 115, "Helen Brandt", 0.9841),
            new EntityJson("Organization", 139, 161, "Northern Relief Agency", 0.9737));
        result.Casualties.Should().Equal(
            new FigureJson("Killed", 6, "AtLeast", 38, 64, "killed at least six people", "people", false),
            new FigureJson("Wounded", 14, "Exact", 69, 86, "injured 14 others", null, false),
            new FigureJson("Missing", 2, "Exact", 163, 194, "Two fishermen are still missing", "fishermen", false));
        result.Summary.Should().Be(new SummaryJson(Killed: 6, Wounded: 14, Missing: 2, Kidnapped: null));
        result.People.Should().Equal(new NameJson("Helen Brandt", "Person", 1));
        result.Organizations.Should().Equal(new NameJson("Northern Relief Agency", "Organization", 1));
        result.Places.Should().Equal(new NameJson("Marwick", "Location", 1));
    }

    [Theory]
    [InlineData("", "application/json", 400, "The body is empty or not valid JSON.")]
    [InlineData("not json", "application/json", 400, "The body is empty or not valid JSON.")]
    [InlineData("{\"text\": 5}", "application/json", 400, "The body is empty or not valid JSON.")]
    [InlineData("[\"Kano\"]", "application/json", 400, "The body is empty or not valid JSON.")]
    [InlineData("{}", "application/json", 400, "The body has no text.")]
    [InlineData("{\"text\": null}", "application/json", 400, "The body has no text.")]
    [InlineData("{\"text\": \"\"}", "application/json", 400, "The text is empty.")]
    [InlineData("{\"text\": \" \\n\\t \"}", "application/json", 400, "The text is empty.")]
    [InlineData("{\"text\": \"Kano\"}", "text/plain", 415, "The body is not JSON.")]
    public async Task PostExtract_BadRequest_ReturnsProblemWithStatusAndTitle(string body, string contentType, int status, string title)
    {
        using var client = CreateClient(factory);

        using var response = await client.PostAsync("/extract", new StringContent(body, Encoding.UTF8, contentType));

        await ShouldBeProblemAsync(response, status, title);
    }

    [Fact]
    public async Task PostExtract_NoText_ProblemSaysWhatToSend()
    {
        using var client = CreateClient(factory);

        using var response = await client.PostAsync("/extract", JsonBody("{}"));

        var problem = await ShouldBeProblemAsync(response, 400, "The body has no text.");
        problem.Detail.Should().Be(Shape);
    }

    [Fact]
    public async Task PostExtract_TextOverOneMillionCharacters_Returns413WithTheLengths()
    {
        using var client = CreateClient(factory);
        string text = new('a', 1_000_001);

        using var response = await client.PostAsJsonAsync("/extract", new ExtractRequestBody(text), ApiJson.Default.ExtractRequestBody);

        var problem = await ShouldBeProblemAsync(response, 413, "The text is too long.");
        problem.Detail.Should().Be("The text is 1,000,001 characters long; this service reads at most 1,000,000. Split the article and send the parts.");
    }

    [Fact]
    public async Task PostExtract_LimitSetInDependencyInjection_TextAtTheLimitIsReadAndOneMoreIsRefused()
    {
        using var limited = factory.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddNewsEntityExtractor(options => options.MaxTextLength = 40)));
        using var client = CreateClient(limited);
        string atLimit = "Two people were killed in Kano on Friday";

        using var accepted = await client.PostAsJsonAsync("/extract", new ExtractRequestBody(atLimit), ApiJson.Default.ExtractRequestBody);
        using var refused = await client.PostAsJsonAsync("/extract", new ExtractRequestBody(atLimit + "."), ApiJson.Default.ExtractRequestBody);

        atLimit.Should().HaveLength(40);
        accepted.StatusCode.Should().Be(HttpStatusCode.OK);
        (await accepted.Content.ReadFromJsonAsync(ApiJson.Default.ExtractResponse))!.Summary.Should().Be(new SummaryJson(2, null, null, null));
        var problem = await ShouldBeProblemAsync(refused, 413, "The text is too long.");
        problem.Detail.Should().StartWith("The text is 41 characters long; this service reads at most 40.");
    }

    [Fact]
    public async Task GetRoot_Page_IsServedWithItsScriptAndStylesFromThisOriginOnly()
    {
        using var client = CreateClient(factory);

        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var script = await client.GetAsync(new Uri("/app.js", UriKind.Relative));
        using var styles = await client.GetAsync(new Uri("/app.css", UriKind.Relative));

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        page.Headers.GetValues("Content-Security-Policy").Should().Equal("default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        string html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("<textarea id=\"article-input\"").And.Contain("<script src=\"app.js\" defer></script>").And.NotContain("://");
        script.StatusCode.Should().Be(HttpStatusCode.OK);
        script.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        styles.StatusCode.Should().Be(HttpStatusCode.OK);
        styles.Content.Headers.ContentType!.MediaType.Should().Be("text/css");
    }

    [Fact]
    public async Task GetExtract_WrongMethod_Returns405()
    {
        using var client = CreateClient(factory);

        using var response = await client.GetAsync(new Uri("/extract", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    private static HttpClient CreateClient<T>(WebApplicationFactory<T> app)
        where T : class
    {
        var client = app.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(30);
        return client;
    }

    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<ProblemJson> ShouldBeProblemAsync(HttpResponseMessage response, int status, string title)
    {
        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync(ApiJson.Default.ProblemJson);
        problem!.Status.Should().Be(status);
        problem.Title.Should().Be(title);
        return problem;
    }
}
