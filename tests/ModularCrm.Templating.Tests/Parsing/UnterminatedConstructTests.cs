namespace ModularCrm.Templating.Tests.Parsing;

/// <summary>
/// Constructs left open at the end of the text. Shop admins edit templates by hand: the first error must point at
/// the opening that is never closed, not at whatever the parser tripped on afterwards.
/// </summary>
public sealed class UnterminatedConstructTests
{
    [Fact]
    public void Parse_CodeBlockNeverClosed_IsAnErrorAtTheOpeningBraces()
    {
        var template = Template.Parse("Bonjour {{ first_name", "mail");

        var error = Assert.Single(template.Errors);
        Assert.Equal("mail(1,9) : error : The code block opened here with `{{` is not closed: `}}` is missing before the end of the template.", error.ToString());
    }

    [Fact]
    public void Parse_SingleBraceTypoSwallowingTheRest_ReportsTheUnclosedBlockFirst()
    {
        var template = Template.Parse("Bonjour {{ first_name }\nMerci {{ shop_name }}, à bientôt.", "mail");

        Assert.True(template.HasErrors);
        Assert.Equal((1, 9), (template.Errors[0].Line, template.Errors[0].Column));
        Assert.Contains("`}}` is missing", template.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LastEndNeverClosed_IsReportedAtItsBraces()
    {
        var template = Template.Parse("{{ if vip }}yes{{ end", "mail");

        var error = Assert.Single(template.Errors);
        Assert.Equal((1, 16), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_MultiLineCommentNeverClosed_IsAnUnclosedCodeBlock()
    {
        var template = Template.Parse("Texte\n{{## note pour plus tard", "mail");

        var error = Assert.Single(template.Errors);
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("`}}` is missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello {{ 'world }} !", 10, "'")]
    [InlineData("Hello {{ \"world }} !", 10, "\"")]
    [InlineData("Hello {{ `world }} !", 10, "`")]
    [InlineData("Hello {{ $\"world }} !", 10, "\"")]
    public void Parse_StringNeverClosed_IsOneErrorAtTheOpeningQuote(string text, int column, string quote)
    {
        var template = Template.Parse(text, "mail");

        var error = Assert.Single(template.Errors);
        Assert.Equal((1, column), (error.Line, error.Column));
        Assert.Equal("Unexpected end of file while parsing a string not terminated by a " + quote, error.Message);
    }

    [Fact]
    public void Parse_StringNeverClosedInsideAnIf_StillReportsTheStringFirst()
    {
        var template = Template.Parse("{{ if name == 'Léa }}\nBonjour{{ end }}", "mail");

        Assert.True(template.HasErrors);
        Assert.Equal((1, 15), (template.Errors[0].Line, template.Errors[0].Column));
        Assert.Contains("string not terminated", template.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EscapeBlockNeverClosed_IsAnErrorAtItsOpening()
    {
        var template = Template.Parse("a\nb {%{ raw {{ x }} text", "mail");

        var error = Assert.Single(template.Errors);
        Assert.Equal("mail(2,3) : error : The escape block opened here with `{%{` is not closed: `}%}` is missing before the end of the template.", error.ToString());
    }

    [Fact]
    public void Render_CodeBracesInsideAnEscapeBlock_AreText()
    {
        var template = Template.Parse("{%{ {{ name }} }%}", "mail");

        Assert.False(template.HasErrors);
        Assert.Equal(" {{ name }} ", template.Render());
    }

    [Fact]
    public void Parse_ForWithoutEnd_NamesTheStatementAndTheLineWhereTheTextRanOut()
    {
        var template = Template.Parse("{{ for line in lines }}\n<td>{{ line.label }}</td>\n", "invoice");

        var error = Assert.Single(template.Errors);
        Assert.Equal(2, error.Line);
        Assert.Equal("Error while parsing for statement: The <end> statement was not found in: for <variable> in <expression> ... end", error.Message);
    }
}
