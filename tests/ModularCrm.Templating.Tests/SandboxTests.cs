namespace ModularCrm.Templating.Tests;

public sealed class SandboxTests
{
    private sealed record Customer(string FirstName, string LastName, decimal VATRate)
    {
        public string Secret() => "never";

        public Type Kind => typeof(Customer);
    }

    private static readonly TemplateOptions Invariant = new() { Culture = System.Globalization.CultureInfo.InvariantCulture };

    [Fact]
    public void Render_NetObject_ExposesPublicPropertiesInSnakeCase()
    {
        var text = Template.Parse("{{ first_name }} {{ last_name }} {{ vat_rate }}").Render(new Customer("Ana", "Lopez", 0.2m), Invariant);

        Assert.Equal("Ana Lopez 0.2", text);
    }

    [Fact]
    public void Render_MethodOnNetObject_IsNotCallable()
    {
        var template = Template.Parse("{{ secret }}|{{ Secret }}|{{ FirstName }}");

        Assert.Equal("||", template.Render(new Customer("Ana", "Lopez", 0.2m)));
    }

    [Fact]
    public void Render_ReflectionTypedProperty_IsHiddenFromTheTemplate()
    {
        var text = Template.Parse("[{{ kind }}][{{ kind?.assembly }}]").Render(new Customer("Ana", "Lopez", 0.2m));

        Assert.Equal("[][]", text);
    }

    [Fact]
    public void Render_AssignmentToHostObjectMember_FailsWithPosition()
    {
        var model = new Dictionary<string, object?> { ["customer"] = new Customer("Ana", "Lopez", 0.2m) };

        var exception = Assert.Throws<TemplateRuntimeException>(() => Template.Parse("{{ customer.first_name = 'x' }}", "t").Render(model));

        Assert.Equal(1, exception.Line);
        Assert.Contains("read-only", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BuiltinObjects_CannotBeModifiedByATemplate()
    {
        Assert.Throws<TemplateRuntimeException>(() => Template.Parse("{{ string.upcase = 1 }}").Render());
        Assert.Equal("ABC", Template.Parse("{{ 'abc' | string.upcase }}").Render());
    }

    [Fact]
    public void Render_LoopBeyondLimit_FailsWithLoopPosition()
    {
        var template = Template.Parse("ok\n{{ while true }}x{{ end }}", "loop");

        var exception = Assert.Throws<TemplateRuntimeException>(() => template.Render(null, new TemplateOptions { LoopLimit = 50 }));

        Assert.Equal((2, 4), (exception.Line, exception.Column));
        Assert.Contains("iteration limit `50`", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InfiniteRecursion_FailsAtRecursionLimit()
    {
        var template = Template.Parse("{{ func f; ret f; end; f }}", "rec");

        var exception = Assert.Throws<TemplateRuntimeException>(() => template.Render(null, new TemplateOptions { RecursionLimit = 20 }));

        Assert.Contains("recursive depth limit `20`", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OutputBeyondLimit_Fails()
    {
        var template = Template.Parse("{{ for i in 1..100 }}0123456789{{ end }}", "big");

        var exception = Assert.Throws<TemplateRuntimeException>(() => template.Render(null, new TemplateOptions { OutputLimit = 500 }));

        Assert.Contains("limit of 500 characters", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SlowTemplate_StopsAtTimeout()
    {
        var template = Template.Parse("{{ while true; x = 1; end }}", "slow");
        var options = new TemplateOptions { LoopLimit = 0, Timeout = TimeSpan.FromMilliseconds(100) };

        var exception = Assert.Throws<TemplateRuntimeException>(() => template.Render(null, options));

        Assert.Contains("timeout", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CancelledToken_StopsTheRender()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var options = new TemplateOptions { LoopLimit = 0, CancellationToken = cancel.Token };

        var exception = Assert.Throws<TemplateRuntimeException>(() => Template.Parse("{{ while true; end }}").Render(null, options));

        Assert.Contains("cancelled", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StringDoublingInALoop_StopsAtOutputLimit()
    {
        var template = Template.Parse("{{ x = 'ab'; for i in 1..40; x = x + x; end }}", "grow");

        var exception = Assert.Throws<TemplateRuntimeException>(() => template.Render(null, new TemplateOptions { OutputLimit = 10_000 }));

        Assert.Contains("output limit of 10000", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HugePadding_IsRefusedBeforeAllocating()
    {
        var exception = Assert.Throws<TemplateRuntimeException>(() => Template.Parse("{{ 'x' | string.pad_left 2000000000 }}").Render());

        Assert.Contains("output limit", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SelfEvaluatingTemplate_StopsAtRecursionLimit()
    {
        var template = Template.Parse("{{ t = '{{ t | object.eval_template }}'; t | object.eval_template }}", "eval");

        var exception = Assert.Throws<TemplateRuntimeException>(() => template.Render(null, new TemplateOptions { RecursionLimit = 30 }));

        Assert.Contains("recursive depth limit `30`", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeeplyNestedExpression_IsAnErrorNotAStackOverflow()
    {
        var text = "{{ " + new string('(', 5000) + "1" + new string(')', 5000) + " }}";

        var template = Template.Parse(text, "deep");

        Assert.True(template.HasErrors);
        Assert.Contains("nested too deeply", template.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BuiltinFailure_IsATemplateErrorWithPosition()
    {
        var exception = Assert.Throws<TemplateRuntimeException>(() => Template.Parse("\n{{ 'not base64!' | string.base64_decode }}", "b64").Render());

        Assert.Equal(2, exception.Line);
        Assert.Contains("base64_decode", exception.Reason, StringComparison.Ordinal);
    }
}
