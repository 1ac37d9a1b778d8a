using System.Text;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Output;

public sealed class ExtractionJsonTests
{
    private static readonly NewsEntityExtractor Extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions
    {
        UserEntities = new Dictionary<string, EntityType> { ["Tunde Bello"] = EntityType.Person, ["Kano"] = EntityType.Location },
    });

    private static readonly JsonSerializerOptions OtherOptions = new(JsonSerializerDefaults.Web) { TypeInfoResolver = ExtractionJson.TypeInfoResolver };

    [Fact]
    public void Serialize_SmallReport_WritesTheDocumentedShape()
    {
        var result = Extractor.Extract("Tunde Bello said three people were killed in Kano.");

        string json = ExtractionJson.Serialize(result);

        json.Should().Be(
            "{\"text\":\"Tunde Bello said three people were killed in Kano.\"," +
            "\"entities\":[{\"type\":\"Person\",\"start\":0,\"end\":11,\"text\":\"Tunde Bello\",\"score\":1},{\"type\":\"Location\",\"start\":45,\"end\":49,\"text\":\"Kano\",\"score\":1}]," +
            "\"casualties\":[{\"kind\":\"Killed\",\"count\":3,\"qualifier\":\"Exact\",\"start\":17,\"end\":41,\"text\":\"three people were killed\",\"victims\":\"people\",\"isBackground\":false}]," +
            "\"summary\":{\"killed\":3,\"wounded\":null,\"missing\":null,\"kidnapped\":null,\"severalIncidents\":false}," +
            "\"people\":[{\"name\":\"Tunde Bello\",\"type\":\"Person\",\"mentions\":[{\"type\":\"Person\",\"start\":0,\"end\":11,\"text\":\"Tunde Bello\",\"score\":1}],\"count\":1}]," +
            "\"organizations\":[]," +
            "\"places\":[{\"name\":\"Kano\",\"type\":\"Location\",\"mentions\":[{\"type\":\"Location\",\"start\":45,\"end\":49,\"text\":\"Kano\",\"score\":1}],\"count\":1}]}");
    }

    [Fact]
    public void Serialize_Writer_WritesTheSameAsTheString()
    {
        var result = Extractor.Extract("Tunde Bello said three people were killed in Kano.");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ExtractionJson.Serialize(writer, result);
        }

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(ExtractionJson.Serialize(result));
    }

    [Fact]
    public void TypeInfoResolver_InWebOptions_WritesTheSameJson()
    {
        var result = Extractor.Extract("Tunde Bello said three people were killed in Kano.");

        JsonSerializer.Serialize(result, OtherOptions).Should().Be(ExtractionJson.Serialize(result));
    }

    [Fact]
    public void Serialize_Null_ThrowsArgumentNull()
    {
        var act = () => ExtractionJson.Serialize(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
