from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from fazhi.core import views
from fazhi.core.forms import LoginForm

urlpatterns = [
    path("", views.home, name="home"),
    path("notices/", views.notice_list, name="notices"),
    path("notices/read/", views.notices_mark_read, name="notices_mark_read"),
    # Template names are explicit: the admin app ships registration/* templates too.
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(
            template_name="core/login.html", authentication_form=LoginForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password/",
        auth_views.PasswordChangeView.as_view(
            template_name="core/password_change_form.html", success_url=reverse_lazy("password_change_done")
        ),
        name="password_change",
    ),
    path(
        "accounts/password/done/",
        auth_views.PasswordChangeDoneView.as_view(template_name="core/password_change_done.html"),
        name="password_change_done",
    ),
]
