using System.Text.Json;
using System.Text.Json.Serialization;

namespace EntityExtractor.Samples.Tests.WebApi;

/// <summary>The request body, as a client writes it.</summary>
internal sealed record ExtractRequestBody(string? Text);

/// <summary>The parts of the <c>POST /extract</c> answer the tests check, as a client reads them.</summary>
internal sealed record ExtractResponse(
    string Text,
    IReadOnlyList<EntityJson> Entities,
    IReadOnlyList<FigureJson> Casualties,
    SummaryJson Summary,
    IReadOnlyList<NameJson> People,
    IReadOnlyList<NameJson> Organizations,
    IReadOnlyList<NameJson> Places);

internal sealed record EntityJson(string Type, int Start, int End, string Text, double Score);

internal sealed record FigureJson(string Kind, int Count, string Qualifier, int Start, int End, string Text, string? Victims, bool IsBackground);

internal sealed record SummaryJson(int? Killed, int? Wounded, int? Missing, int? Kidnapped);

internal sealed record NameJson(string Name, string Type, int Count);

/// <summary>A problem details body.</summary>
internal sealed record ProblemJson(string Title, int Status, string? Detail);

/// <summary>Reads the answers strictly: a field the API stops writing fails the test instead of reading as null.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ExtractRequestBody))]
[JsonSerializable(typeof(ExtractResponse))]
[JsonSerializable(typeof(ProblemJson))]
internal sealed partial class ApiJson : JsonSerializerContext;
