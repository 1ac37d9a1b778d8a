using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests;

public sealed class NewsEntityExtractorOptionsTests
{
    [Fact]
    public void UserEntities_CallerChangesItsDictionaryLater_OptionsKeepTheCopy()
    {
        var names = new Dictionary<string, EntityType> { ["Harakat al-Nujaba"] = EntityType.Organization };
        var options = new NewsEntityExtractorOptions { UserEntities = names };

        names["Kataib Hezbollah"] = EntityType.Organization;

        options.UserEntities.Keys.Should().Equal("Harakat al-Nujaba");
    }

    [Fact]
    public void UserEntities_CastToAWritableDictionary_CannotBeChanged()
    {
        var shared = NewsEntityExtractorOptions.Default.UserEntities;

        var act = () => ((IDictionary<string, EntityType>)shared).Add("Anything", EntityType.Person);

        act.Should().Throw<NotSupportedException>();
        NewsEntityExtractorOptions.Default.UserEntities.Should().BeEmpty();
    }

    [Fact]
    public void UserEntities_Null_ThrowsArgumentNull()
    {
        var act = () => new NewsEntityExtractorOptions { UserEntities = null! };

        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("\u200B\u200D")]
    [InlineData("\u0000\u0007")]
    [InlineData("\uFEFF")]
    [InlineData("   ")]
    public void Create_UserEntityWithoutAWord_ThrowsArgumentException(string name)
    {
        var options = new NewsEntityExtractorOptions { UserEntities = new Dictionary<string, EntityType> { [name] = EntityType.Person } };

        var act = () => NewsEntityExtractor.Create(options);

        act.Should().Throw<ArgumentException>().WithParameterName("names");
    }

    [Fact]
    public void Create_LoadedModel_IsUsed()
    {
        var options = new NewsEntityExtractorOptions { Model = EntityModel.Default };

        NewsEntityExtractor.Create(options).Options.Model.Should().BeSameAs(EntityModel.Default);
    }

    [Fact]
    public void Extract_TextOverMaxTextLength_ThrowsArgumentNamingTheLimit()
    {
        var extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions { MaxTextLength = 10 });

        var fromString = () => extractor.Extract("Eleven char");
        var fromSpan = () => extractor.Extract("Eleven char".AsSpan());

        fromString.Should().Throw<ArgumentException>().WithParameterName("text").WithMessage("The text is 11 characters long; this extractor accepts at most 10*");
        fromSpan.Should().Throw<ArgumentException>().WithParameterName("text");
        extractor.Extract("Ten chars.").Tokens.Should().HaveCount(3);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void MaxTextLength_NotPositive_ThrowsOutOfRange(int value)
    {
        var act = () => new NewsEntityExtractorOptions { MaxTextLength = value };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
