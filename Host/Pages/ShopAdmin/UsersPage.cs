using System.Text;
using Microsoft.AspNetCore.Mvc;
using ModularCrm.Host.Pages.Layout;
using ModularCrm.Host.Users;
using ModularCrm.Host.Web;
using ModularCrm.Sdk.Web;
using static ModularCrm.Host.Pages.Layout.Html;

namespace ModularCrm.Host.Pages.ShopAdmin;

/// <summary>
/// The shop's people: their roles, adding someone (an existing account by e-mail, or a new one with a first
/// password), changing a role, removing someone. An admin cannot demote or remove themself: a shop keeps an admin.
/// </summary>
internal static class UsersPage
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapGet("/users", (HttpContext http, RequestShop current, UserProfiles profiles, CancellationToken ct) =>
            RenderAsync(http, current, profiles, new FormErrors(), null, null, ct));
        admin.MapPost("/users", AddAsync);
        admin.MapPost("/users/{userId:long}/role", ChangeRoleAsync);
        admin.MapPost("/users/{userId:long}/remove", RemoveAsync);
    }

    private static async Task<IResult> AddAsync(
        HttpContext http, RequestShop current, UserStore users, UserProfiles profiles,
        [FromForm] string? email, [FromForm] string? displayName, [FromForm] string? password, [FromForm] string? role, CancellationToken ct)
    {
        var t = PageSession.For(http).Text;
        var errors = new FormErrors();
        var input = new NewMember(email, displayName, role);
        try
        {
            var account = await users.FindAsync(email ?? string.Empty, ct);
            if (account is null && string.IsNullOrEmpty(password))
            {
                errors.Add("password", t.NewUserNeedsPassword);
                return await RenderAsync(http, current, profiles, errors, input, null, ct, StatusCodes.Status400BadRequest);
            }

            account ??= await users.CreateAsync(email ?? string.Empty, password!, displayName ?? string.Empty, false, ct);
            await users.GrantAsync(account.Id, current.Shop.ShopId, ParseRole(role), ct);
            return await RenderAsync(http, current, profiles, errors, null, string.Format(t.Culture, t.UserAdded, account.Email), ct);
        }
        catch (UserInputException ex)
        {
            errors.Add(ex.Field, ex.Reason);
            return await RenderAsync(http, current, profiles, errors, input, null, ct, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> ChangeRoleAsync(
        HttpContext http, RequestShop current, UserStore users, UserProfiles profiles, long userId, [FromForm] string? role, CancellationToken ct)
    {
        var t = PageSession.For(http).Text;
        if (!await IsMemberAsync(profiles, current, userId, ct))
        {
            return Results.NotFound();
        }

        if (userId == PageSession.For(http).UserId)
        {
            return await RenderAsync(http, current, profiles, new FormErrors(), null, t.CannotChangeOwnRole, ct, StatusCodes.Status409Conflict);
        }

        await users.GrantAsync(userId, current.Shop.ShopId, ParseRole(role), ct);
        return await RenderAsync(http, current, profiles, new FormErrors(), null, t.RoleChanged, ct);
    }

    private static async Task<IResult> RemoveAsync(HttpContext http, RequestShop current, UserProfiles profiles, long userId, IFormCollection form, CancellationToken ct)
    {
        var t = PageSession.For(http).Text;
        if (userId == PageSession.For(http).UserId)
        {
            return await RenderAsync(http, current, profiles, new FormErrors(), null, t.CannotChangeOwnRole, ct, StatusCodes.Status409Conflict);
        }

        return await profiles.RemoveAsync(current.Shop.ShopId, userId, ct)
            ? await RenderAsync(http, current, profiles, new FormErrors(), null, t.UserRemoved, ct)
            : Results.NotFound();
    }

    private static async Task<bool> IsMemberAsync(UserProfiles profiles, RequestShop current, long userId, CancellationToken ct) =>
        (await profiles.MembersAsync(current.Shop.ShopId, ct)).Any(m => m.UserId == userId);

    private static ShopRole ParseRole(string? role) => role switch
    {
        "admin" => ShopRole.Admin,
        "staff" or null or "" => ShopRole.Staff,
        _ => throw new UserInputException("role", "Rôle inconnu : « admin » ou « staff ».")
    };

    private static async Task<IResult> RenderAsync(
        HttpContext http, RequestShop current, UserProfiles profiles, FormErrors errors, NewMember? input, string? message, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        var session = PageSession.For(http);
        var t = session.Text;
        var root = $"/shops/{Uri.EscapeDataString(current.Shop.Slug)}/{PageLayout.AdminSegment}/users";
        var roles = new[] { ("staff", t.RoleStaff), ("admin", t.RoleAdmin) };
        var rows = new StringBuilder();
        foreach (var m in await profiles.MembersAsync(current.Shop.ShopId, ct))
        {
            var self = m.UserId == session.UserId;
            var options = string.Concat(roles.Select(r => $"<option value=\"{r.Item1}\"{(r.Item1 == m.Role ? " selected" : string.Empty)}>{E(r.Item2)}</option>"));
            var actions = self ? $"<span class=\"muted\">{E(t.You)}</span>" : $"""
                <form class="inline" method="post" action="{root}/{m.UserId}/role">{Antiforgery(session.Antiforgery)}<label for="role-{m.UserId}" class="muted">{E(t.Role)}</label> <select id="role-{m.UserId}" name="role">{options}</select> <button type="submit" class="secondary">{E(t.Change)}</button></form>
                <form class="inline" method="post" action="{root}/{m.UserId}/remove">{Antiforgery(session.Antiforgery)}<button type="submit" class="secondary" aria-label="{E(t.Remove)} {E(m.Email)}">{E(t.Remove)}</button></form>
                """;
            rows.Append($"<tr><th scope=\"row\">{E(m.DisplayName)}</th><td>{E(m.Email)}</td><td>{E(m.Role == "admin" ? t.RoleAdmin : t.RoleStaff)}</td><td>{actions}</td></tr>");
        }

        var body = $"""
            {Notice(message, status >= 400 && !errors.Any)}
            <div class="table-wrap"><table><thead><tr><th scope="col">{E(t.Name)}</th><th scope="col">{E(t.Email)}</th><th scope="col">{E(t.Role)}</th><th scope="col">{E(t.Action)}</th></tr></thead>
            <tbody>{rows}</tbody></table></div>
            <h2>{E(t.AddUser)}</h2>
            <form class="stack" method="post" action="{root}" novalidate>
            {Antiforgery(session.Antiforgery)}
            {Input("email", t.Email, input?.Email, errors["email"], "email", "off", required: true)}
            {Input("displayName", t.Name, input?.DisplayName, errors["displayName"])}
            {Input("password", t.FirstPassword, null, errors["password"], "password", "new-password")}
            {Select("role", t.Role, input?.Role ?? "staff", errors["role"], roles)}
            <button type="submit">{E(t.Add)}</button>
            </form>
            """;
        return new LayoutResult(t.Users, body, status);
    }

    private sealed record NewMember(string? Email, string? DisplayName, string? Role);
}
