using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebApi;

/// <summary>The body of <c>POST /extract</c>: <c>{"text": "..."}</c>.</summary>
/// <param name="Text">The article to read; <see langword="null"/> when the body has no <c>"text"</c>.</param>
internal sealed record ExtractRequest(string? Text);

/// <summary>Source-generated JSON metadata for the request, so reading it needs no reflection.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ExtractRequest))]
internal sealed partial class WebApiJsonContext : JsonSerializerContext;
