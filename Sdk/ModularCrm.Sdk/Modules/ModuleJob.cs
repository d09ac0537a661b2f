namespace ModularCrm.Sdk.Modules;

/// <summary>
/// Background work the host runs on a schedule, once per shop where the module is enabled (sending an outbox,
/// publishing scheduled posts, expiring points). Declared by <see cref="ModuleStartup.Jobs"/>.
/// </summary>
/// <remarks>
/// The host runs a job for one shop at a time in a process and waits <see cref="Interval"/> between passes; an
/// exception is logged with the shop, the module and the job, and the job runs again at the next pass. Several host
/// processes may run the same job for the same shop at once: a job that must not do the same work twice claims it in
/// the database (a lease), as the event outbox does.
/// </remarks>
/// <param name="Name">Unique within the module; shown in logs.</param>
/// <param name="Interval">The pause between two passes over the shops. At least one millisecond.</param>
/// <param name="RunAsync">
/// The work for one shop. Its service provider is a scope bound to that shop and to this module, as an endpoint's
/// request services are: <c>ShopContext</c>, <c>IShopDb</c> and <c>ITemplateRenderer</c> serve that shop. There is no
/// HTTP request and no signed-in user.
/// </param>
public sealed record ModuleJob(string Name, TimeSpan Interval, Func<IServiceProvider, CancellationToken, Task> RunAsync);
