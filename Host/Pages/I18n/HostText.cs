using System.Globalization;
using ModularCrm.Host.Shops;

namespace ModularCrm.Host.Pages.I18n;

/// <summary>
/// Every string the host's pages show, one instance per language (<see cref="French"/>, <see cref="English"/>, each in
/// its own file). <c>required</c> members make a string missing in one language a compile error, not a blank label.
/// Strings with <c>{0}</c> are formats for <see cref="string.Format(IFormatProvider, string, object?[])"/> with <see cref="Culture"/>.
/// </summary>
internal sealed partial class HostText
{
    public required CultureInfo Culture { get; init; }

    public required string AccountLocked { get; init; }

    public required string Action { get; init; }

    public required string Add { get; init; }

    public required string AddUser { get; init; }

    public required string CannotChangeOwnRole { get; init; }

    public required string Change { get; init; }

    public required string ChangePassword { get; init; }

    public required string ChooseShop { get; init; }

    public required string ConfirmPassword { get; init; }

    public required string Create { get; init; }

    public required string CreateShop { get; init; }

    public required string CurrentPassword { get; init; }

    public required string CurrentPasswordWrong { get; init; }

    public required string Customised { get; init; }

    public required string Default { get; init; }

    public required string DependsOn { get; init; }

    public required string Disable { get; init; }

    public required string Email { get; init; }

    public required string EmailRequired { get; init; }

    public required string Enable { get; init; }

    public required string FiguresUnavailable { get; init; }

    public required string FirstPassword { get; init; }

    public required string Forbidden { get; init; }

    public required string ForbiddenDetail { get; init; }

    public required string Home { get; init; }

    public required string HomeTitle { get; init; }

    public required string Language { get; init; }

    public required string MainMenu { get; init; }

    public required string Mode { get; init; }

    public required string Module { get; init; }

    public required string ModuleDisabled { get; init; }

    public required string ModuleEnabled { get; init; }

    public required string Modules { get; init; }

    public required string Name { get; init; }

    public required string NewPassword { get; init; }

    public required string NewUserNeedsPassword { get; init; }

    public required string NoFigures { get; init; }

    public required string NoShop { get; init; }

    public required string NoTemplates { get; init; }

    public required string Password { get; init; }

    public required string PasswordChanged { get; init; }

    public required string PasswordRequired { get; init; }

    public required string PasswordTooShort { get; init; }

    public required string PasswordsDiffer { get; init; }

    public required string PlatformModules { get; init; }

    public required string PlatformShops { get; init; }

    public required string Preview { get; init; }

    public required string PreviewFailed { get; init; }

    public required string Reason { get; init; }

    public required string Remove { get; init; }

    public required string ResetTemplate { get; init; }

    public required string Role { get; init; }

    public required string RoleAdmin { get; init; }

    public required string RoleChanged { get; init; }

    public required string RoleStaff { get; init; }

    public required string Save { get; init; }

    public required string Saved { get; init; }

    public required string SdkRange { get; init; }

    public required string Settings { get; init; }

    public required string Shop { get; init; }

    public required string ShopCreated { get; init; }

    public required string ShopCulture { get; init; }

    public required string ShopCultureHelp { get; init; }

    public required string ShopName { get; init; }

    public required string SignIn { get; init; }

    public required string SignInTitle { get; init; }

    public required string SignOut { get; init; }

    public required string SkipToContent { get; init; }

    public required string Slug { get; init; }

    public required string State { get; init; }

    public required string SwitchShop { get; init; }

    public required string Template { get; init; }

    public required string TemplateRefused { get; init; }

    public required string TemplateReset { get; init; }

    public required string TemplateSaved { get; init; }

    public required string TemplateText { get; init; }

    public required string Templates { get; init; }

    public required string TodayFigures { get; init; }

    public required string UserAdded { get; init; }

    public required string UserRemoved { get; init; }

    public required string Users { get; init; }

    public required string Version { get; init; }

    public required string WrongCredentials { get; init; }

    public required string You { get; init; }

    public required string YourShops { get; init; }

    public required string StateAvailable { get; init; }

    public required string StateEnabled { get; init; }

    public required string StateDisabled { get; init; }

    public required string StateFailed { get; init; }

    public required string StateIncompatible { get; init; }

    public string ModuleState(ShopModuleState state) => state switch
    {
        ShopModuleState.Enabled => StateEnabled,
        ShopModuleState.Disabled => StateDisabled,
        ShopModuleState.Failed => StateFailed,
        ShopModuleState.Incompatible => StateIncompatible,
        _ => StateAvailable,
    };
}
