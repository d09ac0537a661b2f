using ModularCrm.Modules.Blog.Posts;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Blog.Tests.Posts;

public sealed class PostValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static PostInput Input(string? status = null, DateTimeOffset? publishAt = null, string? slug = null, IReadOnlyList<string>? tags = null, string? title = "Nos nouveautés") =>
        new(title, slug, "Du **texte**.", null, tags, "Marie", status, publishAt, null);

    [Fact]
    public void Validate_NoStatus_IsADraftWithoutDate()
    {
        var post = PostValidator.Validate(Input(), Now, new FormErrors());

        Assert.NotNull(post);
        Assert.Equal(PostStatus.Draft, post.Status);
        Assert.Null(post.PublishAt);
        Assert.Null(post.Slug);
    }

    [Fact]
    public void Validate_ScheduledInThePast_IsRefusedOnPublishAt()
    {
        var errors = new FormErrors();

        Assert.Null(PostValidator.Validate(Input(PostStatus.Scheduled, Now.AddMinutes(-1)), Now, errors));
        Assert.Contains("futur", errors["publishAt"]);
    }

    [Fact]
    public void Validate_ScheduledWithoutDate_IsRefusedOnPublishAt()
    {
        var errors = new FormErrors();

        Assert.Null(PostValidator.Validate(Input(PostStatus.Scheduled), Now, errors));
        Assert.NotNull(errors["publishAt"]);
    }

    [Fact]
    public void Validate_PublishedWithAFutureDate_IsRefusedPointingToScheduled()
    {
        var errors = new FormErrors();

        Assert.Null(PostValidator.Validate(Input(PostStatus.Published, Now.AddDays(1)), Now, errors));
        Assert.Contains("programmé", errors["publishAt"]);
    }

    [Fact]
    public void Validate_EveryWrongField_IsReportedAtOnceByName()
    {
        var errors = new FormErrors();

        PostValidator.Validate(Input("online", slug: "Mon Article", title: " ", tags: ["ok", "!!!"]), Now, errors);

        Assert.Equal(["slug", "status", "tags[1]", "title"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.NotNull(errors["title"]);
        Assert.Contains("mon-article", errors["slug"]);
        Assert.Contains("online", errors["status"]);
        Assert.NotNull(errors["tags[1]"]);
    }

    [Fact]
    public void Validate_ReservedSlug_IsRefused()
    {
        var errors = new FormErrors();

        Assert.Null(PostValidator.Validate(Input(slug: "tag"), Now, errors));
        Assert.Contains("réservé", errors["slug"]);
    }

    [Fact]
    public void Validate_SameTagTwiceWithOtherAccents_IsKeptOnce()
    {
        var post = PostValidator.Validate(Input(tags: ["Été", "ete", "Noël"]), Now, new FormErrors());

        Assert.Equal(["ete", "noel"], post!.Tags.Select(t => t.Slug).ToArray());
        Assert.Equal("Été", post.Tags[0].Name);
    }

    [Fact]
    public void Validate_MoreThanTenTags_IsRefused()
    {
        var errors = new FormErrors();

        PostValidator.Validate(Input(tags: Enumerable.Range(1, 11).Select(i => $"t{i}").ToList()), Now, errors);

        Assert.NotNull(errors["tags"]);
    }
}
