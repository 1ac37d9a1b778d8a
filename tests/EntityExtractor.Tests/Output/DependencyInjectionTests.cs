using EntityExtractor.Extensions.DependencyInjection;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace EntityExtractor.Tests.Output;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddNewsEntityExtractor_Resolved_IsOneSharedInstance()
    {
        using var provider = new ServiceCollection().AddNewsEntityExtractor().BuildServiceProvider();

        var first = provider.GetRequiredService<NewsEntityExtractor>();
        var second = provider.GetRequiredService<NewsEntityExtractor>();

        first.Should().BeSameAs(second);
        first.Options.UserEntities.Should().BeEmpty();
    }

    [Fact]
    public void AddNewsEntityExtractor_Configured_ExtractorUsesTheSettings()
    {
        using var provider = new ServiceCollection()
            .AddNewsEntityExtractor(options =>
            {
                options.UserEntities["Lakeside Relief"] = EntityType.Organization;
                options.EntityTypes.Remove(EntityType.Location);
                options.MaxTextLength = 500;
            })
            .BuildServiceProvider();

        var extractor = provider.GetRequiredService<NewsEntityExtractor>();
        var result = extractor.Extract("Lakeside Relief sent doctors to Kano.");

        result.Entities.Select(e => (e.Type, e.Text)).Should().Equal((EntityType.Organization, "Lakeside Relief"));
        extractor.Options.MaxTextLength.Should().Be(500);
    }

    [Fact]
    public void AddNewsEntityExtractor_CalledTwice_ConfigurationsAddUpAndOneExtractorIsRegistered()
    {
        var services = new ServiceCollection()
            .AddNewsEntityExtractor(options => options.MinimumScore = 0.5)
            .AddNewsEntityExtractor(options => options.UserEntities["Kano"] = EntityType.Location);
        using var provider = services.BuildServiceProvider();

        var extractor = provider.GetRequiredService<NewsEntityExtractor>();

        services.Count(d => d.ServiceType == typeof(NewsEntityExtractor)).Should().Be(1);
        extractor.Options.MinimumScore.Should().Be(0.5);
        extractor.Options.UserEntities.Keys.Should().Equal("Kano");
    }

    [Fact]
    public void AddNewsEntityExtractor_BadSetting_ThrowsWhenResolved()
    {
        using var provider = new ServiceCollection().AddNewsEntityExtractor(options => options.MinimumScore = 2).BuildServiceProvider();

        var act = () => provider.GetRequiredService<NewsEntityExtractor>();

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AddNewsEntityExtractor_ModelAndModelPathBothSet_ThrowsInvalidOperation()
    {
        using var provider = new ServiceCollection()
            .AddNewsEntityExtractor(options =>
            {
                options.Model = EntityModel.Default;
                options.ModelPath = "model.bin";
            })
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<NewsEntityExtractor>();

        act.Should().Throw<InvalidOperationException>().WithMessage("Set NewsEntityExtractorServiceOptions.Model or ModelPath, not both.");
    }

    [Fact]
    public void AddNewsEntityExtractor_NullArguments_ThrowArgumentNull()
    {
        var noServices = () => NewsEntityExtractorServiceCollectionExtensions.AddNewsEntityExtractor(null!);
        var noConfigure = () => new ServiceCollection().AddNewsEntityExtractor(null!);

        noServices.Should().Throw<ArgumentNullException>();
        noConfigure.Should().Throw<ArgumentNullException>();
    }
}
