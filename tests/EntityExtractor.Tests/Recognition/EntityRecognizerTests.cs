using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Recognition;

/// <summary>The recognizer through <see cref="NewsEntityExtractor"/>, on news-style text written for these tests.</summary>
public sealed class EntityRecognizerTests
{
    private const string Article =
        "Prime Minister Mohammed Shia al-Sudani's office said on Thursday that the government would investigate the strike. "
        + "Sudani's aides said the inquiry would report within a week.\n\n"
        + "Hadi al-Ameri, the head of the Badr Organization, met commanders of the Hashed al-Shaabi in Baghdad. "
        + "The Hashed's factions have been folded into the state security forces.\n\n"
        + "A U.S. official said the attack was carried out by Harakat al-Nujaba, an armed group aligned with Iran. "
        + "Reuters could not independently verify the claim.\n\n"
        + "Mushtaq Talib al-Saidi, a resident of Baghdad's Palestine street, said he heard two explosions. "
        + "The Prime Minister did not comment.\n\n"
        + "Israeli strikes continued in the Gaza Strip on Oct. 7, and rockets were fired from Iraq and Syria.";

    private static readonly NewsEntityExtractor Extractor = NewsEntityExtractor.Create();

    private static readonly IReadOnlyList<Entity> Entities = Extractor.Extract(Article).Entities;

    private static Entity? Find(string text, int occurrence = 0)
    {
        int start = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            start = Article.IndexOf(text, start + 1, StringComparison.Ordinal);
        }

        return Entities.SingleOrDefault(e => e.Start == start && e.End == start + text.Length);
    }

    [Theory]
    [InlineData("Mohammed Shia al-Sudani", EntityType.Person)]
    [InlineData("Hadi al-Ameri", EntityType.Person)]
    [InlineData("Mushtaq Talib al-Saidi", EntityType.Person)]
    [InlineData("Badr Organization", EntityType.Organization)]
    [InlineData("Hashed al-Shaabi", EntityType.Organization)]
    [InlineData("Harakat al-Nujaba", EntityType.Organization)]
    [InlineData("Reuters", EntityType.Organization)]
    [InlineData("Gaza Strip", EntityType.Location)]
    [InlineData("Iraq", EntityType.Location)]
    [InlineData("Syria", EntityType.Location)]
    [InlineData("Iran", EntityType.Location)]
    [InlineData("Palestine street", EntityType.Location)]
    public void Extract_NewsArticle_FindsTheNameWithItsExactSpan(string name, EntityType type)
    {
        Find(name).Should().NotBeNull().And.Match<Entity>(e => e.Type == type);
    }

    [Fact]
    public void Extract_TitleAndPossessive_LeavesBothOutOfThePerson()
    {
        var person = Find("Mohammed Shia al-Sudani")!;

        Article[person.End..].Should().StartWith("'s office");
        Entities.Should().NotContain(e => e.Text.Contains("Minister", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PossessiveOfAnOrganizationOrPlace_KeepsTheNameAlone()
    {
        Find("Hashed", 1).Should().NotBeNull().And.Match<Entity>(e => e.Type == EntityType.Organization);
        Find("Baghdad", 1).Should().NotBeNull().And.Match<Entity>(e => e.Type == EntityType.Location);
    }

    [Fact]
    public void Extract_SurnameLater_IsThePersonToo()
    {
        Find("Sudani", 1).Should().NotBeNull().And.Match<Entity>(e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Thursday")]
    [InlineData("Oct. 7")]
    [InlineData("The Prime Minister")]
    [InlineData("official")]
    [InlineData("Israeli")]
    public void Extract_NonEntity_IsNotReported(string text)
    {
        int start = Article.IndexOf(text, StringComparison.Ordinal);

        Entities.Should().NotContain(e => e.Start < start + text.Length && start < e.End);
    }

    [Fact]
    public void Extract_Entities_HaveTheirTextAndCalibratedVaryingScores()
    {
        Entities.Should().OnlyContain(e => e.Text == Article.Substring(e.Start, e.End - e.Start) && e.Score > 0 && e.Score < 1);
        Entities.Select(e => e.Score).Distinct().Should().HaveCountGreaterThan(3);
        Entities.Should().BeInAscendingOrder(e => e.Start);
    }

    [Fact]
    public void Extract_AbbreviatedPlaceRightBeforeAnOrganization_IsPartOfTheOrganization()
    {
        const string text = "The nomination faces a vote in the U.S. Senate next week, aides to Senator Mara Quill said.";

        Extractor.Extract(text).Entities.Select(e => (e.Type, e.Text, e.Start, e.End)).Should().Equal(
            (EntityType.Organization, "U.S. Senate", 35, 46),
            (EntityType.Person, "Mara Quill", 75, 85));
    }

    [Fact]
    public void Extract_PossessiveWrittenApart_FindsTheSameNameAsAttached()
    {
        const string attached = "Fans gathered outside Queen's Park before the match against Elmdale.";
        const string apart = "Fans gathered outside Queen 's Park before the match against Elmdale.";

        Extractor.Extract(attached).Entities.Select(e => (e.Type, e.Text, e.Start, e.End)).Should().Equal(
            (EntityType.Organization, "Queen's Park", 22, 34),
            (EntityType.Organization, "Elmdale", 60, 67));
        Extractor.Extract(apart).Entities.Select(e => (e.Type, e.Text, e.Start, e.End)).Should().Equal(
            (EntityType.Organization, "Queen 's Park", 22, 35),
            (EntityType.Organization, "Elmdale", 61, 68));
    }

    [Fact]
    public void Extract_NicknameInQuotesBetweenNames_IsOnePerson()
    {
        const string text = "Veteran boxer Tomas \"Iron Fist\" Varga will fight again in Lisbon on Saturday.";

        Extractor.Extract(text).Entities.Select(e => (e.Type, e.Text, e.Start, e.End)).Should().Equal(
            (EntityType.Person, "Tomas \"Iron Fist\" Varga", 14, 37),
            (EntityType.Location, "Lisbon", 58, 64));
    }

    [Fact]
    public void Extract_RoadWordBeforeANumber_IsOnePlaceWithTheNumber()
    {
        const string text = "Crews reopened Interstate 95 on the East Coast late on Monday.";

        Extractor.Extract(text).Entities.Select(e => (e.Type, e.Text, e.Start, e.End)).Should().Equal(
            (EntityType.Location, "Interstate 95", 15, 28),
            (EntityType.Location, "East Coast", 36, 46));
    }

    [Fact]
    public void Extract_RoadWordEndingALineBeforeANumber_DoesNotTakeTheNumberAcrossTheLineBreak()
    {
        const string text = "Crews reopened Interstate\n95 on the East Coast late on Monday.";

        // The tagger's own reading of the lone word stays; the number on the next line is not taken in (it was, as
        // "Interstate\n95" a place, while any one-character gap counted as a space).
        Extractor.Extract(text).Entities.Select(e => (e.Type, e.Text, e.Start, e.End)).Should().Equal(
            (EntityType.Organization, "Interstate", 15, 25),
            (EntityType.Location, "East Coast", 36, 46));
    }

    [Fact]
    public void Extract_AbbreviatedPlaceBeforeACommonNoun_StaysAPlace()
    {
        const string text = "A U.S. official said the talks in Oslo would resume on Monday.";

        Extractor.Extract(text).Entities.Select(e => (e.Type, e.Text, e.Start, e.End)).Should().Equal(
            (EntityType.Location, "U.S.", 2, 6),
            (EntityType.Location, "Oslo", 34, 38));
    }

    [Fact]
    public void Extract_SurnameThatIsAlsoAPlaceName_IsThePersonEveryTime()
    {
        const string text = "Novelist Anna Florence will read from her book in Leeds on Friday. Florence, who lives in Dublin, said she was nervous. "
            + "Tickets for Florence's reading sold out in a day.";

        Extractor.Extract(text).Entities.Select(e => (e.Type, e.Text, e.Start, e.End)).Should().Equal(
            (EntityType.Person, "Anna Florence", 9, 22),
            (EntityType.Location, "Leeds", 50, 55),
            (EntityType.Person, "Florence", 67, 75),
            (EntityType.Location, "Dublin", 90, 96),
            (EntityType.Person, "Florence", 132, 140));
    }

    [Fact]
    public void Extract_PersonSpanBeginningWithAnotherPersonsSurname_LendsNoSurname()
    {
        // "Kravets Valdoria" in the headline is two names run together, so "Valdoria" stays a place below.
        const string text = "Governor backs Kravets Valdoria peace plan.\nGovernor Pavel Sorin on Friday backed envoy Ivan Kravets's peace plan "
            + "for Valdoria. Kravets is now in Valdoria, officials said.";

        var entities = Extractor.Extract(text).Entities;

        entities.Should().ContainSingle(e => e.Start == 146).Which.Should().Match<Entity>(e => e.Text == "Valdoria" && e.Type == EntityType.Location);
        entities.Should().ContainSingle(e => e.Start == 128).Which.Should().Match<Entity>(e => e.Text == "Kravets" && e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_ParticleNameAtSentenceStart_TakesTheWholeName()
    {
        const string text = "Mohammed Shia al-Sudani met the envoy in Baghdad on Monday. Later, Sudani told reporters the talks had gone well.";

        var entities = Extractor.Extract(text).Entities;

        entities.Should().Contain(e => e.Text == "Mohammed Shia al-Sudani" && e.Type == EntityType.Person);
        entities.Should().Contain(e => e.Text == "Sudani" && e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Al-Sudani")]
    [InlineData("al-Sudani")]
    [InlineData("Sudani")]
    public void Extract_LaterMentionWithParticleInAnotherCase_IsThePersonToo(string mention)
    {
        string text = "Prime Minister Mohammed Shia al-Sudani chaired a security meeting in Baghdad on Sunday night. "
            + mention + " ordered commanders to find those behind the rocket fire, a statement said.";

        var entities = Extractor.Extract(text).Entities;

        int start = text.IndexOf(". ", StringComparison.Ordinal) + 2;
        entities.Should().ContainSingle(e => e.Start == start)
            .Which.Should().Match<Entity>(e => e.Text == mention && e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("The court in Geneva adjourned on Monday. Diplomats met again under the Geneva Conventions framework on Tuesday.", "Geneva Conventions")]
    [InlineData("UEFA fined the club on Friday. The side qualified for the UEFA Cup after a 3-2 aggregate win.", "UEFA Cup")]
    [InlineData("Athletes from Atlanta arrived on Monday. She finished fourth at the Atlanta Games last year.", "Atlanta Games")]
    public void Extract_RepeatedNameStartingALongerUntaggedName_IsNotCopiedThere(string text, string longerName)
    {
        var entities = Extractor.Extract(text).Entities;

        int start = text.IndexOf(longerName, StringComparison.Ordinal);
        entities.Should().NotContain(e => e.Start == start, "'{0}' is not the name it begins with", longerName);
        entities.Should().Contain(e => e.Start < start && longerName.StartsWith(e.Text, StringComparison.Ordinal), "the earlier mention is found");
    }

    [Fact]
    public void Extract_NameRepeatedAsASentencesCapitalizedFirstWord_IsNotCopiedThere()
    {
        const string text = "Officials at Milepost said the line was closed. Milepost markers were replaced along the track.";

        var entities = Extractor.Extract(text).Entities;

        // The model may tag the second word itself (the format 3 model does, at a low score); what the rule forbids is a
        // copy of the first mention there, which would score 0.95 times the first mention's score.
        var first = entities.Should().Contain(e => e.Start == text.IndexOf("Milepost", StringComparison.Ordinal), "the first mention is a name").Which;
        entities.Should().NotContain(
            e => e.Start == text.LastIndexOf("Milepost", StringComparison.Ordinal) && Math.Abs(e.Score - (first.Score * 0.95)) < 0.0002,
            "a sentence's first word is capitalized anyway");
    }

    [Fact]
    public void Extract_NameAfterIn_IsAPlaceEvenWhenItLooksLikeAPerson()
    {
        const string text = "The Israeli military said it had targeted Islamic Jihad militants in Khan Younis.";

        var entities = Extractor.Extract(text).Entities;

        entities.Should().ContainSingle(e => e.Text == "Khan Younis").Which.Type.Should().Be(EntityType.Location);
    }

    [Fact]
    public void Extract_StreetAfterAnIndefiniteArticleAndAPlace_StaysOutOfThePlace()
    {
        const string text = "The blast in Kabul killed two people. A Kabul street vendor said he saw the car.";

        var entities = Extractor.Extract(text).Entities;

        entities.Should().Contain(e => e.Start == text.LastIndexOf("Kabul", StringComparison.Ordinal) && e.Text == "Kabul");
        entities.Should().NotContain(e => e.Text.Contains("street", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_UserEntity_WinsOverTheModel()
    {
        const string text = "Officials in Washington said the convoy was hit near the border, Reuters reported.";
        var plain = Extractor.Extract(text).Entities;
        var extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions
        {
            UserEntities = new Dictionary<string, EntityType>
            {
                ["washington"] = EntityType.Organization,
                ["Reuters"] = EntityType.Person,
            },
        });

        var entities = extractor.Extract(text).Entities;

        plain.Should().Contain(e => e.Text == "Washington" && e.Type == EntityType.Location);
        plain.Should().Contain(e => e.Text == "Reuters" && e.Type == EntityType.Organization);
        entities.Should().ContainSingle(e => e.Text == "Washington").Which.Should().Match<Entity>(e => e.Type == EntityType.Organization && e.Score == 1);
        entities.Should().ContainSingle(e => e.Text == "Reuters").Which.Type.Should().Be(EntityType.Person);
    }

    [Fact]
    public void Extract_ArmedGroupAfterOf_IsAnOrganization()
    {
        const string text = "The dead included a senior commander of Kataib Sayyid al-Shuhada, officials said.";

        var entities = Extractor.Extract(text).Entities;

        entities.Should().ContainSingle(e => e.Text == "Kataib Sayyid al-Shuhada").Which.Type.Should().Be(EntityType.Organization);
    }

    [Fact]
    public void Extract_UserEntityInsideAModelSpan_ReplacesTheOverlappingSpan()
    {
        const string text = "Hadi al-Ameri spoke in Baghdad.";
        var extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions
        {
            UserEntities = new Dictionary<string, EntityType> { ["al-Ameri"] = EntityType.Organization },
        });

        var entities = extractor.Extract(text).Entities;

        entities.Should().NotContain(e => e.Text == "Hadi al-Ameri");
        entities.Should().Contain(e => e.Text == "al-Ameri" && e.Type == EntityType.Organization);
    }

    [Fact]
    public void Extract_NamesRightAfterPersonTitles_ArePeopleAndSoAreTheirSurnamesLater()
    {
        const string text = "HEALTH SECRETARY: DORA VELLAN\nVellan served under former President Tomas Obrecht "
            + "and chaired the Obrecht task force. Obrecht's team named her.";

        var entities = Extractor.Extract(text).Entities.Select(e => (e.Type, e.Text)).ToList();

        entities.Should().Equal(
            (EntityType.Organization, "DORA VELLAN"), // the all-caps header line: the model's type, no title before it
            (EntityType.Person, "Vellan"),
            (EntityType.Person, "Tomas Obrecht"),
            (EntityType.Person, "Obrecht"),
            (EntityType.Person, "Obrecht"));
    }

    [Fact]
    public void Extract_MiscellaneousName_IsFoundButNotReturned()
    {
        const string text = "Delegates from Valdoria signed the Zembla Accord in Oslo on Friday.";
        var names = new Dictionary<string, EntityType> { ["Zembla Accord"] = EntityType.Miscellaneous };
        var recognizer = new EntityExtractor.Recognition.EntityRecognizer(
            EntityExtractor.Recognition.EmbeddedModel.Default, new EntityExtractor.Recognition.UserDictionary(names)) { IncludeMiscellaneous = true };
        var tokens = EntityExtractor.Tokenization.NewsTokenizer.TokenizeToArray(text);

        var found = recognizer.Recognize(text, tokens, EntityExtractor.Sentences.SentenceSplitter.Split(text, tokens));
        var returned = NewsEntityExtractor.Create(new NewsEntityExtractorOptions { UserEntities = names }).Extract(text).Entities;

        found.Should().Contain(e => e.Text == "Zembla Accord" && e.Type == EntityType.Miscellaneous);
        returned.Should().NotContain(e => e.Type == EntityType.Miscellaneous);
        returned.Should().NotContain(e => e.Text.Contains("Zembla", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_BlankUserEntity_ThrowsArgumentException()
    {
        var act = () => NewsEntityExtractor.Create(new NewsEntityExtractorOptions
        {
            UserEntities = new Dictionary<string, EntityType> { [" "] = EntityType.Person },
        });

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Extract_LongTextWithoutSentenceBreaks_TagsInWindowsInsideTheText()
    {
        string text = string.Concat(Enumerable.Repeat("Hadi al-Ameri met officials in Baghdad and ", 300));

        var entities = Extractor.Extract(text).Entities;

        entities.Should().HaveCountGreaterThan(300);
        entities.Should().OnlyContain(e => e.End <= text.Length && e.Text == text.Substring(e.Start, e.End - e.Start));
    }
}
