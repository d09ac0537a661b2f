namespace ModularCrm.Templating.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Render_OneTemplateFromManyThreads_EveryOutputIsRight()
    {
        var template = Template.Parse("{{ total = 0 }}{{ for i in 1..n }}{{ total = total + i }}{{ end }}{{ name }}={{ total }}", "parallel");
        var failures = 0;

        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var n = (i % 50) + 1;
            var model = new Dictionary<string, object?> { ["n"] = n, ["name"] = "c" + i };
            var expected = $"c{i}={n * (n + 1) / 2}";
            if (template.Render(model) != expected)
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }

    private sealed record EuroLine(decimal Total);

    private sealed record CountLine(int Total);

    [Fact]
    public void Render_SameFormatNodeWithAlternatingHostTypes_FromManyThreads_EveryOutputIsRight()
    {
        // The node caches the typed reader of the last host type it saw: threads keep switching it.
        var template = Template.Parse("{{ for line in lines }}{{ line.total | math.format '0.00' }};{{ end }}", "parallel");
        var options = new TemplateOptions { Culture = System.Globalization.CultureInfo.InvariantCulture };
        var failures = 0;

        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var lines = i % 2 == 0 ? new object[] { new EuroLine(i + 0.5m), new CountLine(i) } : [new CountLine(i), new EuroLine(i + 0.25m)];
            var expected = i % 2 == 0 ? $"{i}.50;{i}.00;" : $"{i}.00;{i}.25;";
            if (template.Render(new Dictionary<string, object?> { ["lines"] = lines }, options) != expected)
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }

    [Fact]
    public void GetOrParse_SameNameAndText_ReturnsTheSameTemplate_ChangedTextParsesAgain()
    {
        var cache = new TemplateCache();

        var first = cache.GetOrParse("mail", "Hello {{ name }}");
        var second = cache.GetOrParse("mail", "Hello {{ name }}");
        var edited = cache.GetOrParse("mail", "Bonjour {{ name }}");

        Assert.Same(first, second);
        Assert.NotSame(first, edited);
        Assert.Equal("Bonjour Léa", edited.Render(new Dictionary<string, object?> { ["name"] = "Léa" }));
    }
}
