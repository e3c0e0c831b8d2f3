"""A council member's account: signing up (with a first council), signing in and
out, the password, deleting the account; and the councils' home page.

A page is added here with its route in `routes` (councils/urls.py mounts them)."""

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.messages.views import SuccessMessageMixin
from django.shortcuts import redirect, render
from django.urls import path, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from councils import services as council_services
from councils.forms import CouncilSignupForm, DeleteAccountForm, ThrottledLoginForm
from councils.selectors import memberships_of
from oversight.lib.limits import rate_limited


def home(request):
    memberships = []
    if request.user.is_authenticated:
        memberships = memberships_of(request.user)
    return render(request, "councils/home.html", {"memberships": memberships})


@rate_limited("signup", limit=10)
def signup(request):
    form = CouncilSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user, council = council_services.sign_up(
                form.cleaned_data["username"],
                form.cleaned_data["password1"],
                form.cleaned_data["council_name"],
            )
        except council_services.NameTaken:
            form.name_taken()
        else:
            login(request, user)
            messages.success(request, _("Your council's workspace is ready."))
            return redirect("councils:council", council.public_id)
    return render(request, "councils/signup.html", {"form": form})


class SignIn(auth_views.LoginView):
    """Django's sign-in, throttled, on our page. It returns to `next` only when that
    is a path of this site: Django takes "overview" for a page relative to this one."""

    template_name = "councils/login.html"
    authentication_form = ThrottledLoginForm
    redirect_authenticated_user = True

    def get_redirect_url(self):
        target = super().get_redirect_url()
        return target if target.startswith("/") else ""


class PasswordChange(SuccessMessageMixin, auth_views.PasswordChangeView):
    """Django's password change (it asks for the old password and keeps the user
    signed in), on our page and with a confirmation."""

    template_name = "councils/password.html"
    success_url = reverse_lazy("councils:councils")
    success_message = gettext_lazy("Your password was changed.")


@login_required
@never_cache
def delete_account(request):
    alone, blocking = council_services.account_deletion_plan(request.user)
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and not blocking and form.is_valid():
        try:
            council_services.delete_account(request.user)
        except council_services.AccountStillNeeded:
            return redirect("councils:delete_account")  # the councils changed meanwhile
        logout(request)
        messages.success(request, _("Your account was deleted."))
        return redirect("assessment:landing")
    return render(
        request,
        "councils/delete_account.html",
        {"form": form, "alone": alone, "blocking": blocking},
    )


routes = [
    path("council/", home, name="councils"),
    path("council/signup/", signup, name="signup"),
    path("council/login/", SignIn.as_view(), name="login"),
    path("council/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("council/password/", PasswordChange.as_view(), name="password"),
    path("council/account/delete/", delete_account, name="delete_account"),
]
