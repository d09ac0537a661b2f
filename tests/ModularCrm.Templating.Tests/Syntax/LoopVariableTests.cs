using System.Globalization;

namespace ModularCrm.Templating.Tests.Syntax;

/// <summary>The `for` / `while` / `tablerow` objects, now computed from the loop position instead of stored members.</summary>
public sealed class LoopVariableTests
{
    private static readonly TemplateOptions Invariant = new() { Culture = CultureInfo.InvariantCulture };

    private static string Render(string text) => Template.Parse(text, "loop").Render(null, Invariant);

    [Fact]
    public void For_IndexRindexFirstLastLength_FollowTheIteration()
    {
        var text = Render("{{ for x in [10, 20, 30] }}{{ for.index }}{{ for.rindex }}{{ for.first }}{{ for.last }}{{ for.length }}|{{ end }}");

        Assert.Equal("02truefalse3|11falsefalse3|20falsetrue3|", text);
    }

    [Fact]
    public void For_EvenAndOdd_Alternate()
    {
        Assert.Equal("efalseotrueefalseotrue", Render("{{ for x in 1..4 }}{{ for.even ? 'e' : 'o' }}{{ for.odd }}{{ end }}"));
    }

    [Fact]
    public void For_Changed_IsTrueOnFirstItemAndWhenTheItemDiffersFromThePrevious()
    {
        Assert.Equal("1-2-1", Render("{{ for x in [1, 1, 2, 2, 1] }}{{ for.changed ? x : '-' }}{{ end }}"));
    }

    [Fact]
    public void For_NestedLoops_InnerLoopHidesOuterOnlyWhileItRuns()
    {
        var text = Render("{{ for a in 1..2 }}{{ for b in 1..3 }}{{ for.index }}{{ for.length }}{{ end }}/{{ for.index }}{{ for.length }};{{ end }}");

        Assert.Equal("031323/02;031323/12;", text);
    }

    [Fact]
    public void For_BreakAndContinue_KeepTheIndexOfTheSourcePosition()
    {
        var text = Render("{{ for x in 1..10 }}{{ if x == 2; continue; end; if x == 5; break; end }}{{ for.index }}:{{ x }},{{ end }}");

        Assert.Equal("0:1,2:3,3:4,", text);
    }

    [Fact]
    public void For_OffsetLimitReversed_LoopVariablesCountTheIteratedItems()
    {
        var text = Render("{{ for x in 1..10 offset: 2 limit: 3 reversed }}{{ x }}@{{ for.index }}/{{ for.length }}{{ for.last ? '' : ',' }}{{ end }}");

        Assert.Equal("5@0/3,4@1/3,3@2/3", text);
    }

    [Fact]
    public void For_LocalLoopVariable_SeesTheLoopObject()
    {
        Assert.Equal("1false2false3true", Render("{{ for $x in 1..3 }}{{ $x }}{{ for.last }}{{ end }}"));
    }

    [Fact]
    public void For_FunctionCalledInsideTheLoop_ReadsTheRunningLoop()
    {
        Assert.Equal("0,1,", Render("{{ func position; ret for.index; end; for x in 1..2 }}{{ position }},{{ end }}"));
    }

    [Fact]
    public void For_UnknownLoopMember_IsAParseErrorWithPosition()
    {
        var template = Template.Parse("{{ for x in 1..2 }}\n  {{ for.size }}{{ end }}", "loop");

        var error = Assert.Single(template.Errors);
        Assert.Equal((2, 6), (error.Line, error.Column));
        Assert.Equal("The loop variable <for.size> is invalid", error.Message);
    }

    [Fact]
    public void While_IndexFirstEvenOdd_FollowTheIteration()
    {
        var text = Render("{{ i = 0; while i < 3; i += 1 }}{{ while.index }}{{ while.first }}{{ while.even }}{{ while.odd }},{{ end }}");

        Assert.Equal("0truetruefalse,1falsefalsetrue,2falsetruefalse,", text);
    }

    [Fact]
    public void Tablerow_ColumnMembers_FollowTheCell()
    {
        var text = Render("{{ tablerow x in 1..3 cols: 2 }}{{ tablerow.col }}{{ tablerow.col0 }}{{ tablerow.col_first }}{{ tablerow.col_last }}{{ end }}");

        Assert.Equal(
            "<tr class=\"row1\"><td class=\"col1\">10truefalse</td><td class=\"col2\">21falsetrue</td></tr>\n"
            + "<tr class=\"row2\"><td class=\"col1\">10truefalse</td></tr>\n",
            text);
    }

    [Fact]
    public void For_LoopObject_CannotBeAssignedByATemplate()
    {
        var template = Template.Parse("{{ for x in 1..2 }}{{ for.index = 5 }}{{ end }}", "loop");

        var exception = Assert.Throws<TemplateRuntimeException>(() => template.Render(null, Invariant));

        Assert.Equal(1, exception.Line);
        Assert.Contains("read-only", exception.Reason, StringComparison.Ordinal);
    }
}
