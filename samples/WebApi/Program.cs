// WebApi: EntityExtractor behind HTTP, on this machine only. POST /extract takes {"text": "..."} and returns what was
// found as JSON; the page at / shows an article with its people, organizations and places highlighted in colour and
// its casualty figures beside it. Run it with `dotnet run` and open http://127.0.0.1:5080/.
using System.Globalization;
using System.Net;
using EntityExtractor;
using WebApi;

var builder = WebApplication.CreateSlimBuilder(args);

// Loopback only: the sample has no authentication, so other machines must not reach it. --port changes the port
// (0 for any free one; the log says which).
if (!int.TryParse(builder.Configuration["port"] ?? "5080", NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > IPEndPoint.MaxPort)
{
    Console.Error.WriteLine($"WebApi: --port must be a whole number from 0 to {IPEndPoint.MaxPort}, not '{builder.Configuration["port"]}'.");
    return 2;
}

builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Listen(IPAddress.Loopback, port);
    kestrel.Limits.MaxRequestBodySize = ExtractEndpoint.MaxBodyBytes;
});

// One shared extractor (the model loads once); a text longer than MaxTextLength is refused with 413.
builder.Services.AddNewsEntityExtractor(options => options.MaxTextLength = ExtractEndpoint.MaxTextLength);

// Results are written with the library's source-generated JSON metadata, the request with this sample's own.
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.TypeInfoResolverChain.Insert(0, ExtractionJson.TypeInfoResolver);
    json.SerializerOptions.TypeInfoResolverChain.Insert(1, WebApiJsonContext.Default);
});
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseStatusCodePages();
app.Use(SecurityHeaders.AddAsync);
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapPost("/extract", ExtractEndpoint.HandleAsync);
app.Run();
return 0;

/// <summary>The entry point, public so the tests' <c>WebApplicationFactory&lt;Program&gt;</c> can start the app.</summary>
public partial class Program;
