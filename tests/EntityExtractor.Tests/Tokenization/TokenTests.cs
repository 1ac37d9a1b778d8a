using EntityExtractor.Tokenization;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Tokenization;

public sealed class TokenTests
{
    [Fact]
    public void Default_HasNoKindAndEmptyRange()
    {
        Token token = default;

        token.Kind.Should().Be(TokenKind.None);
        token.Start.Should().Be(0);
        token.Length.Should().Be(0);
        token.End.Should().Be(0);
        token.Shape.Should().Be(TokenShape.None);
        token.GetText("abc").IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Equals_SameFields_AreEqual()
    {
        var a = new Token(3, 4, TokenKind.Word, TokenShape.HasLetter);
        var b = new Token(3, 4, TokenKind.Word, TokenShape.HasLetter);

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != new Token(3, 5, TokenKind.Word, TokenShape.HasLetter)).Should().BeTrue();
    }

    [Fact]
    public void Constructor_NegativeStart_Throws()
    {
        var act = () => new Token(-1, 2, TokenKind.Word, TokenShape.None);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
    }

    [Fact]
    public void GetText_TokenOutsideText_ThrowsWithRange()
    {
        var token = new Token(2, 5, TokenKind.Word, TokenShape.None);

        var act = () => token.GetText("abc".AsSpan()).ToString();

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*[2, 7)*length 3*");
    }
}
